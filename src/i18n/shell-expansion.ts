/** The note shown when a typed line holds what a shell expands (`$GREETING` in double quotes, `$(...)`). */
import { defineMessages } from './index.js';

export const shellExpansionMessages = defineMessages(
  {
    unset: (text: string) => `${text} (not set: empty)`,
    expanded: (list: string) =>
      `note: as your shell does, docktutor replaced ${list} from your environment before docker saw the line (double quotes do not stop it); in single quotes it would reach the container as typed.`,
    kept: (list: string) =>
      `note: your shell would expand ${list} before docker saw the line; docktutor passes it as typed, so the container's shell expands it instead. In your terminal, single quotes give this result.`,
  },
  {
    unset: (text: string) => `${text}(설정되지 않아 빈 값)`,
    expanded: (list: string) =>
      `참고: 셸과 마찬가지로 docktutor도 docker에 넘기기 전에 ${list}을(를) 환경 변수 값으로 바꿨습니다(큰따옴표 안에서도 바뀝니다). 작은따옴표로 감싸면 쓴 그대로 컨테이너에 전달됩니다.`,
    kept: (list: string) =>
      `참고: 셸이라면 docker에 넘기기 전에 ${list}을(를) 풀었을 것입니다. docktutor는 쓴 그대로 넘기므로 컨테이너의 셸이 대신 풉니다. 터미널에서 같은 결과를 얻으려면 작은따옴표로 감싸세요.`,
  },
);
