/** The words of `docktutor clean`. */
import { countOf } from './plural.js';
import { defineMessages } from './index.js';
import { commandName } from '../command-name.js';

export const cleanMessages = defineMessages(
  {
    pulledOption: 'also remove the images docktutor pulled that were not on this machine before',
    nothing: 'Nothing to clean: docktutor has not created any container, image, image name, volume or network here.',
    nothingRun: (run: string) => `Nothing to clean for run '${run}' (DOCKTUTOR_RUN_LABEL).`,
    heading: 'docktutor created these:',
    headingRun: (run: string) => `docktutor created these in run '${run}' (DOCKTUTOR_RUN_LABEL):`,
    containers: 'Containers',
    images: 'Images',
    volumes: 'Volumes',
    networks: 'Networks',
    tags: 'Names docktutor gave to other images (the images stay)',
    pulled: 'Images pulled by docktutor',
    /** A container's state as the daemon names it (created, running, exited, ...), in parentheses. */
    state: (state: string) => `(${state})`,
    untagged: '<untagged>',
    dryRun: 'Dry run: nothing was removed.',
    confirm: (count: number) => `Remove ${count === 1 ? 'this object' : `these ${count} objects`}?`,
    declined: 'Nothing was removed.',
    get needsYes() {
      return `${commandName()} clean asks before removing anything, and there is no terminal to ask in.`;
    },
    get needsYesHint() {
      return `Run '${commandName()} clean --yes' to remove without asking, or '${commandName()} clean --dry-run' to only list.`;
    },
    removedContainer: (name: string) => `Removed container ${name}`,
    removedImage: (name: string) => `Removed image ${name}`,
    removedVolume: (name: string) => `Removed volume ${name}`,
    removedNetwork: (name: string) => `Removed network ${name}`,
    removedTag: (name: string) => `Untagged ${name}`,
    onlyName: 'it is the only name its image has left, and removing it would remove the image, which docktutor did not create',
    lastNamesNote: (names: string[]) =>
      names.length === 1
        ? `Left alone: ${names[0]}, a name docktutor gave to an image it did not create, and now that image's only name: removing the name would remove the image. '${commandName()} try docker rmi ${names[0]}' removes both.`
        : `Left alone: ${names.join(', ')}, names docktutor gave to images it did not create, and now the only names those images have: removing them would remove the images. 'docker rmi NAME' removes a name, and the image with its last one.`,
    removedPulled: (name: string) => `Removed pulled image ${name}`,
    skipped: (name: string, reason: string) => `Could not remove ${name}: ${reason}`,
    summary: (removed: number, skipped: number) =>
      skipped === 0 ? `Removed ${removed} object${removed === 1 ? '' : 's'}.` : `Removed ${removed}, could not remove ${skipped}.`,
    notOursNote: (count: number) =>
      `Left alone: ${countOf(count, 'object')} carrying docktutor's label that docktutor did not create (built or run from one of its images, the label came along).`,
    pulledNote: (count: number) =>
      `Not listed: ${count} image${count === 1 ? '' : 's'} that docktutor pulled and that ${count === 1 ? 'was' : 'were'} not here before; add --pulled to remove ${count === 1 ? 'it' : 'them'} too.`,
  },
  {
    pulledOption: 'docktutor가 받아 온 이미지 중 원래 이 컴퓨터에 없던 것도 삭제',
    nothing: '정리할 것이 없습니다: docktutor가 여기서 만든 컨테이너, 이미지, 이미지 이름, 볼륨, 네트워크가 없습니다.',
    nothingRun: (run: string) => `실행 '${run}' (DOCKTUTOR_RUN_LABEL)에서 정리할 것이 없습니다.`,
    heading: 'docktutor가 만든 것들:',
    headingRun: (run: string) => `실행 '${run}' (DOCKTUTOR_RUN_LABEL)에서 docktutor가 만든 것들:`,
    containers: '컨테이너',
    images: '이미지',
    volumes: '볼륨',
    networks: '네트워크',
    tags: 'docktutor가 다른 이미지에 붙인 이름 (이미지는 남음)',
    pulled: 'docktutor가 받아 온 이미지',
    state: (state: string) => `(${({ created: '생성됨', running: '실행 중', paused: '일시 정지', restarting: '재시작 중', removing: '삭제 중', exited: '종료됨', dead: '멈춤' } as Record<string, string>)[state] ?? state})`,
    untagged: '<태그 없음>',
    dryRun: '시험 실행: 아무것도 삭제하지 않았습니다.',
    confirm: (count: number) => (count === 1 ? '이 객체를 삭제할까요?' : `이 객체 ${count}개를 삭제할까요?`),
    declined: '아무것도 삭제하지 않았습니다.',
    get needsYes() {
      return `${commandName()} clean은 삭제 전에 확인을 묻는데, 물어볼 터미널이 없습니다.`;
    },
    get needsYesHint() {
      return `묻지 않고 삭제하려면 '${commandName()} clean --yes', 목록만 보려면 '${commandName()} clean --dry-run'을 실행하세요.`;
    },
    removedContainer: (name: string) => `컨테이너 ${name} 삭제함`,
    removedImage: (name: string) => `이미지 ${name} 삭제함`,
    removedVolume: (name: string) => `볼륨 ${name} 삭제함`,
    removedNetwork: (name: string) => `네트워크 ${name} 삭제함`,
    removedTag: (name: string) => `이름 ${name} 삭제함 (이미지는 남음)`,
    onlyName: '이미지에 남은 유일한 이름이라, 지우면 docktutor가 만들지 않은 이미지까지 삭제됩니다',
    lastNamesNote: (names: string[]) =>
      names.length === 1
        ? `그대로 둔 것: ${names[0]}. docktutor가 자기가 만들지 않은 이미지에 붙인 이름인데, 이제 그 이미지에 남은 유일한 이름이라 지우면 이미지까지 삭제됩니다. 둘 다 지우는 명령: '${commandName()} try docker rmi ${names[0]}'`
        : `그대로 둔 것: ${names.join(', ')}. docktutor가 자기가 만들지 않은 이미지들에 붙인 이름인데, 이제 그 이미지들에 남은 이름이 이것뿐이라 지우면 이미지까지 삭제됩니다. 'docker rmi 이름'은 이름 하나를 지우고, 마지막 이름을 지울 때 이미지도 함께 지웁니다.`,
    removedPulled: (name: string) => `받아 온 이미지 ${name} 삭제함`,
    skipped: (name: string, reason: string) => `${name}을(를) 삭제하지 못했습니다: ${reason}`,
    summary: (removed: number, skipped: number) => (skipped === 0 ? `${removed}개를 삭제했습니다.` : `${removed}개를 삭제했고, ${skipped}개는 삭제하지 못했습니다.`),
    notOursNote: (count: number) => `그대로 둔 것: docktutor의 레이블이 붙어 있지만 docktutor가 만들지 않은 오브젝트 ${count}개 (docktutor의 이미지로 빌드하거나 실행하면서 레이블이 따라온 것).`,
    pulledNote: (count: number) => `목록에 없는 것: docktutor가 받아 온, 원래 여기 없던 이미지 ${count}개. 함께 지우려면 --pulled를 더하세요.`,
  },
);
