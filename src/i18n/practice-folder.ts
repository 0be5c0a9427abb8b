import { defineMessages } from './index.js';

/** What reopening a lesson did to its practice folder, the learner's own since the lesson first started. */
export const practiceFolderMessages = defineMessages(
  {
    restored: (names: string, more: number) =>
      `Put back the lesson files missing from the practice folder: ${names}${more > 0 ? ` and ${more} more` : ''}. Your own files there are as you left them.`,
    blocked: (names: string, more: number, reset: string) =>
      `Not put back, something of yours is in the way: ${names}${more > 0 ? ` and ${more} more` : ''}. ${reset} starts the practice folder over.`,
  },
  {
    restored: (names: string, more: number) =>
      `실습 폴더에 없던 레슨 파일을 되살렸습니다: ${names}${more > 0 ? ` 외 ${more}개` : ''}. 직접 만든 파일은 그대로 둡니다.`,
    blocked: (names: string, more: number, reset: string) =>
      `직접 만든 파일이나 링크가 자리를 차지하고 있어 되살리지 못했습니다: ${names}${more > 0 ? ` 외 ${more}개` : ''}. ${reset}(으)로 실습 폴더를 처음 상태로 되돌릴 수 있습니다.`,
  },
);
