/** `docker build`: what the parser needs before anything of the command loads. */
import { bool, valued } from '../../command-line/flag-spec.js';
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'build',
  synopsis: 'build [OPTIONS] PATH',
  summary: { en: 'Build an image from a Dockerfile', ko: 'Dockerfile로 이미지 빌드' },
  flags: [
    valued('build-arg', undefined, 'list', 'list'),
    valued('file', 'f', 'string', 'string'),
    bool('no-cache'),
    valued('progress', undefined, 'string', 'string'),
    bool('pull'),
    bool('quiet', 'q'),
    valued('tag', 't', 'list', 'list'),
    valued('target', undefined, 'string', 'string'),
  ],
  minArgs: 1,
  maxArgs: 1,
  interspersed: true,
  aliases: ['image build', 'builder build'],
};
