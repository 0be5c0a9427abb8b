import { defineMessages } from './index.js';
import { dockerCommand } from '../command-name.js';

/** `inspect -f` and `volume inspect -f`: what docktutor says about a template it does not evaluate. */
export const inspectFormatMessages = defineMessages(
  {
    unsupported: (construct: string) =>
      `docktutor's inspect -f understands .Field, json, index, range and if; for '${construct}' use the docker CLI`,
    unsupportedHint: 'The same command with the docker CLI in your own terminal evaluates every Go template form.',
    wholeObject: (expression: string) =>
      `docktutor's inspect -f prints single values, not whole objects; for '${expression}' write '{{json ${expression}}}' or pick one of its fields`,
    wholeObjectHint: "Go prints a whole object from its type's field order, which the JSON does not carry; json shows every field with its name.",
    fieldsHint: 'Without -f, inspect prints every field there is, with its path.',
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}', '${dockerCommand('images')}' and '${dockerCommand('volume ls')}' list what the daemon has.`;
    },
  },
  {
    unsupported: (construct: string) =>
      `docktutor의 inspect -f는 .필드, json, index, range, if를 이해합니다. '${construct}'에는 docker CLI를 쓰세요`,
    unsupportedHint: '자신의 터미널에서 docker CLI로 같은 명령을 실행하면 모든 Go 템플릿 형식을 쓸 수 있습니다.',
    wholeObject: (expression: string) =>
      `docktutor의 inspect -f는 객체 전체가 아니라 값 하나씩 출력합니다. '${expression}'에는 '{{json ${expression}}}'을(를) 쓰거나 그 안의 필드를 고르세요`,
    wholeObjectHint: 'Go는 객체 전체를 타입의 필드 순서대로 출력하는데, JSON에는 그 정보가 없습니다. json은 모든 필드를 이름과 함께 보여 줍니다.',
    fieldsHint: '-f 없이 inspect를 실행하면 모든 필드를 경로와 함께 볼 수 있습니다.',
    get notFoundHint() {
      return `'${dockerCommand('ps -a')}', '${dockerCommand('images')}', '${dockerCommand('volume ls')}'로 데몬에 있는 것을 확인하세요.`;
    },
  },
);
