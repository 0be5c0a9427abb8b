/** The edit step around its checks: its files, the editor, the watch. */
import { defineMessages } from './index.js';

export const editStepMessages = defineMessages(
  {
    fileOutside: (path: string) => `the lesson's file ${path} would be written outside the practice folder`,
    fileOutsideHint: 'a lesson may only write inside its practice folder: fix the path in its edit block',
  },
  {
    fileOutside: (path: string) => `레슨의 파일 ${path}이(가) 실습 폴더 밖에 쓰이게 됩니다`,
    fileOutsideHint: '레슨은 실습 폴더 안에만 쓸 수 있습니다: edit 블록의 경로를 고치세요',
  },
);
