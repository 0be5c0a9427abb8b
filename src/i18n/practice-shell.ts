import { defineMessages } from './index.js';

/** The practice prompt of `docktutor try`. */
export const shellMessages = defineMessages(
  {
    welcome: "Practice prompt: type docker commands such as 'docker ps -a' ('docker' is optional). 'help' lists them, 'exit' leaves.",
    bye: 'Bye.',
    exitStatus: (code: number) => `(exit code ${code})`,
  },
  {
    welcome: "실습 프롬프트: 'docker ps -a' 같은 docker 명령을 입력하세요 ('docker'는 생략 가능). 'help'로 명령 목록을 보고, 'exit'로 나갑니다.",
    bye: '안녕히 가세요.',
    exitStatus: (code: number) => `(종료 코드 ${code})`,
  },
);
