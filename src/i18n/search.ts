/** docktutor's own words around `docker search`, most of them about private registries, which have no search. */
import { defineMessages } from './index.js';

export const searchMessages = defineMessages(
  {
    privateRegistryNote: (host: string, term: string) =>
      term
        ? `${host} is a private registry: the registry API has no search, so these are the repositories of its /v2/_catalog whose name contains '${term}'.`
        : `${host} is a private registry: the registry API has no search, so these are all the repositories of its /v2/_catalog.`,
    tagsDescription: (tags: string[]) => (tags.length > 0 ? `tags: ${tags.join(', ')}` : 'no tags'),
    registryRefused: (host: string, status: number) => `The registry ${host} refused the request (HTTP ${status}).`,
    registryNeedsLogin: (host: string) => `The registry ${host} needs a login to list its repositories.`,
    registryAnswered: (host: string, path: string, status: number) => `The registry ${host} answered ${path} with HTTP ${status}.`,
    catalogHint: 'Not every registry lists its repositories (/v2/_catalog); look the image up on the registry\'s own site.',
    registryUnreachable: (host: string, why: string) => `docktutor cannot reach the registry ${host} to list its catalog (${why}).`,
    foreignTokenServer: (host: string, other: string) =>
      `The registry ${host} sends logins to another server (${other}); docktutor only talks to the host you named.`,
    badLimit: (value: string) => `invalid --limit '${value}': it must be a number from 1 to 100.`,
    badFilter: (value: string) => `invalid filter '${value}': use stars=N, is-official=true|false or is-automated=true|false.`,
  },
  {
    privateRegistryNote: (host: string, term: string) =>
      term
        ? `${host}은(는) 프라이빗 레지스트리입니다. 레지스트리 API에는 검색이 없어서, /v2/_catalog의 저장소 중 이름에 '${term}'이(가) 들어간 것을 보여 줍니다.`
        : `${host}은(는) 프라이빗 레지스트리입니다. 레지스트리 API에는 검색이 없어서, /v2/_catalog의 모든 저장소를 보여 줍니다.`,
    tagsDescription: (tags: string[]) => (tags.length > 0 ? `태그: ${tags.join(', ')}` : '태그 없음'),
    registryRefused: (host: string, status: number) => `레지스트리 ${host}이(가) 요청을 거부했습니다 (HTTP ${status}).`,
    registryNeedsLogin: (host: string) => `레지스트리 ${host}의 저장소 목록을 보려면 로그인이 필요합니다.`,
    registryAnswered: (host: string, path: string, status: number) => `레지스트리 ${host}이(가) ${path}에 HTTP ${status}(으)로 응답했습니다.`,
    catalogHint: '모든 레지스트리가 저장소 목록(/v2/_catalog)을 제공하지는 않습니다. 레지스트리 웹사이트에서 이미지를 찾아보세요.',
    registryUnreachable: (host: string, why: string) => `카탈로그를 보려고 레지스트리 ${host}에 연결했지만 연결할 수 없습니다 (${why}).`,
    foreignTokenServer: (host: string, other: string) =>
      `레지스트리 ${host}은(는) 로그인을 다른 서버(${other})로 보냅니다. docktutor는 지정한 호스트와만 통신합니다.`,
    badLimit: (value: string) => `잘못된 --limit '${value}': 1부터 100 사이의 숫자여야 합니다.`,
    badFilter: (value: string) => `잘못된 필터 '${value}': stars=N, is-official=true|false, is-automated=true|false를 쓰세요.`,
  },
);
