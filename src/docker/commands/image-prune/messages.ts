import { defineMessages } from '../../../i18n/index.js';

/** `docker image prune`: its flags in --help, its warnings and the sentences of its "What happened" note. */
export const imagePruneCommandMessages = defineMessages(
  {
    flags: {
      'all': 'Remove all unused images, not just dangling ones',
      'all-objects': "docktutor's own flag: also remove images docktutor did not build (asks first unless -f)",
      'filter': 'Provide filter values (e.g. "until=<timestamp>")',
      'force': 'Do not prompt for confirmation',
    },
    warningDanglingOwn: 'WARNING! This will remove all dangling images docktutor built.',
    warningUnusedOwn: 'WARNING! This will remove all images docktutor built without at least one container associated to them.',
    warningDanglingAll: 'WARNING! This will remove all dangling images, including ones docktutor did not build.',
    warningUnusedAll: 'WARNING! This will remove all images without at least one container associated to them, including ones docktutor did not build.',
    prunedOwn: (unused: boolean): string =>
      `docktutor asked the daemon for its images with their sizes and users (GET /system/df), picked the ones carrying docktutor's label that no container uses${
        unused ? '' : ' and that have no name left (dangling: a rebuild moved their tag to a newer image)'
      }, and had the daemon delete each: "untagged" is a name removed, "deleted" an image or layer gone. The daemon's own prune would also take images docktutor did not build (--all-objects asks for that).`,
    prunedAll: (unused: boolean): string =>
      `The daemon deleted every ${unused ? 'image no container uses' : 'dangling image (no name left)'} the filters allowed, whoever built it, with the layers no other image shares: "untagged" is a name removed, "deleted" an image or layer gone.`,
    declined: 'Nothing was removed: the answer was not y.',
  },
  {
    flags: {
      'all': '댕글링 이미지만이 아니라 쓰이지 않는 이미지를 모두 지우기',
      'all-objects': 'docktutor의 플래그: docktutor가 빌드하지 않은 이미지도 지우기 (-f가 없으면 먼저 확인)',
      'filter': '필터 값 지정 (예: "until=<타임스탬프>")',
      'force': '확인을 묻지 않기',
    },
    warningDanglingOwn: 'WARNING! docktutor가 빌드한 댕글링 이미지를 모두 지웁니다.',
    warningUnusedOwn: 'WARNING! docktutor가 빌드한 이미지 중 연결된 컨테이너가 하나도 없는 것을 모두 지웁니다.',
    warningDanglingAll: 'WARNING! docktutor가 빌드하지 않은 것까지 포함해 댕글링 이미지를 모두 지웁니다.',
    warningUnusedAll: 'WARNING! docktutor가 빌드하지 않은 것까지 포함해 연결된 컨테이너가 하나도 없는 이미지를 모두 지웁니다.',
    prunedOwn: (unused: boolean): string =>
      `docktutor가 데몬에게 이미지와 그 크기, 사용처를 요청하고 (GET /system/df), docktutor의 레이블이 붙어 있고 어떤 컨테이너도 쓰지 않는${
        unused ? '' : ', 남은 이름이 없는 (댕글링: 다시 빌드하면서 태그가 새 이미지로 옮겨 간)'
      } 이미지를 골라 데몬에게 하나씩 지우게 했습니다. "untagged"는 이름이 지워졌다는 뜻이고, "deleted"는 이미지나 레이어가 사라졌다는 뜻입니다. 데몬의 prune은 docktutor가 빌드하지 않은 이미지까지 지우기 때문입니다 (그렇게 하려면 --all-objects).`,
    prunedAll: (unused: boolean): string =>
      `데몬이 필터에 맞는 ${unused ? '쓰이지 않는 이미지' : '댕글링 이미지 (남은 이름이 없는 이미지)'}를 누가 빌드했든 모두, 다른 이미지와 공유하지 않는 레이어와 함께 지웠습니다. "untagged"는 이름이 지워졌다는 뜻이고, "deleted"는 이미지나 레이어가 사라졌다는 뜻입니다.`,
    declined: '아무것도 지우지 않았습니다. 답이 y가 아니었습니다.',
  },
);
