import { defineMessages } from './index.js';
import { commandName } from '../command-name.js';

/** `docktutor try docker <command> --help` and the practice prompt's `help`: what each command and flag does. */
export const tryHelpMessages = defineMessages(
  {
    usage: 'Usage:',
    aliases: 'Aliases:',
    options: 'Options:',
    helpFlag: 'Print usage',
    shellTitle: 'Commands you can run here (each one talks to your Docker daemon):',
    shellFooter: "Add --help after a command for its flags. 'clear' clears the screen, 'exit' or Ctrl-D leaves, Ctrl-C clears the line, arrow keys recall earlier lines.",
    get cliTitle() {
      return `Usage:  ${commandName()} try docker COMMAND [OPTIONS]\n\nCommands docktutor runs (each one talks to your Docker daemon):`;
    },
    get cliFooter() {
      return `Add --help after a command for its flags, e.g. '${commandName()} try docker run --help'. With no command, '${commandName()} try' opens the practice prompt.`;
    },
  },
  {
    usage: '사용법:',
    aliases: '다른 이름:',
    options: '옵션:',
    helpFlag: '사용법 출력',
    shellTitle: '여기서 실행할 수 있는 명령 (모두 내 Docker 데몬과 통신합니다):',
    shellFooter: "명령 뒤에 --help를 붙이면 플래그를 볼 수 있습니다. 'clear'는 화면을 지우고, 'exit'나 Ctrl-D로 나가고, Ctrl-C는 입력 줄을 지우며, 화살표 키로 이전 줄을 불러옵니다.",
    get cliTitle() {
      return `사용법:  ${commandName()} try docker 명령 [옵션]\n\ndocktutor가 실행하는 명령 (모두 내 Docker 데몬과 통신합니다):`;
    },
    get cliFooter() {
      return `명령 뒤에 --help를 붙이면 플래그를 볼 수 있습니다 (예: '${commandName()} try docker run --help'). 명령 없이 '${commandName()} try'를 실행하면 실습 프롬프트가 열립니다.`;
    },
  },
);
