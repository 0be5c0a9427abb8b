/** `docker volume create|ls|inspect|rm`: what the parser needs before anything of the commands loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const volumeCreateSpec: CommandSpec = {
  name: 'volume create',
  synopsis: 'volume create [OPTIONS] [VOLUME]',
  summary: { en: 'Create a volume', ko: '볼륨 만들기' },
  flags: [valued('driver', 'd', 'string', 'string'), valued('label', undefined, 'list', 'list'), valued('opt', 'o', 'list', 'map')],
  minArgs: 0,
  maxArgs: 1,
  interspersed: true,
};

export const volumeLsSpec: CommandSpec = {
  name: 'volume ls',
  synopsis: 'volume ls [OPTIONS]',
  summary: { en: 'List volumes', ko: '볼륨 목록 보기' },
  flags: [valued('filter', 'f', 'list', 'filter'), bool('quiet', 'q')],
  minArgs: 0,
  maxArgs: 0,
  interspersed: true,
  aliases: ['volume list'],
};

export const volumeInspectSpec: CommandSpec = {
  name: 'volume inspect',
  synopsis: 'volume inspect [OPTIONS] VOLUME [VOLUME...]',
  summary: { en: 'Display detailed information on one or more volumes', ko: '볼륨 하나 이상의 자세한 정보 보기' },
  flags: [valued('format', 'f', 'string', 'string')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
};

export const volumeRmSpec: CommandSpec = {
  name: 'volume rm',
  synopsis: 'volume rm [OPTIONS] VOLUME [VOLUME...]',
  summary: {
    en: 'Remove one or more volumes. You cannot remove a volume that is in use by a container.',
    ko: '볼륨 하나 이상 삭제. 컨테이너가 쓰고 있는 볼륨은 삭제할 수 없습니다.',
  },
  flags: [bool('force', 'f')],
  minArgs: 1,
  maxArgs: Infinity,
  interspersed: true,
  aliases: ['volume remove'],
};
