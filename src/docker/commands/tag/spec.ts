/** `docker tag`: what the parser needs before anything of the command loads. */
import type { CommandSpec } from '../module.js';

export const spec: CommandSpec = {
  name: 'tag',
  synopsis: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  summary: { en: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE', ko: 'SOURCE_IMAGE를 가리키는 태그 TARGET_IMAGE 만들기' },
  flags: [],
  minArgs: 2,
  maxArgs: 2,
  interspersed: true,
  aliases: ['image tag'],
};
