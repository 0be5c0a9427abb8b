/**
 * A daemon answer is checked once per schema: the guard checks it as it arrives, and a command that
 * reads a list types it through the same check, which then costs nothing. A wrong answer is refused
 * every time it is checked.
 */
import { describe, expect, it, vi } from 'vitest';
import { checkAnswer } from '../../src/docker/engine/answers/check.js';
import { imageList } from '../../src/docker/engine/answers/lists.js';
import { DaemonAnswerError } from '../../src/docker/engine/answers/answer-error.js';
import { prepareAnswerCheckSoon } from '../../src/docker/engine/answers/routes.js';

const image = { Id: 'sha256:1', RepoTags: ['busybox:latest'], RepoDigests: [], Created: 1, Size: 2, Labels: null };

describe('checking a daemon answer', () => {
  it('checks the same answer against the same schema once, and gives the same checked value again', () => {
    const schema = imageList();
    const parse = vi.spyOn(schema, 'safeParse');
    const answer = [image];
    const first = checkAnswer(schema, answer, 'unix:///d.sock', 'GET /images/json');
    const second = checkAnswer(schema, answer, 'unix:///d.sock', 'GET /images/json');
    expect(second).toBe(first);
    expect(parse).toHaveBeenCalledTimes(1);
    // Another answer, even an equal one, is checked on its own.
    checkAnswer(schema, [image], 'unix:///d.sock', 'GET /images/json');
    expect(parse).toHaveBeenCalledTimes(2);
    parse.mockRestore();
  });

  it('refuses a wrong answer each time it is checked', () => {
    const wrong = [{ ...image, Size: 'big' }];
    for (let time = 0; time < 2; time += 1) {
      expect(() => checkAnswer(imageList(), wrong, 'unix:///d.sock', 'GET /images/json')).toThrow(DaemonAnswerError);
    }
  });
});

describe('making an answer check ready while the daemon answers', () => {
  it('schedules the schema of a route once, whatever the request of that route, and nothing for an unchecked one', () => {
    const soon = vi.spyOn(globalThis, 'setImmediate');
    try {
      prepareAnswerCheckSoon('GET /version');
      prepareAnswerCheckSoon('GET /version');
      prepareAnswerCheckSoon('GET /containers/abc/json');
      prepareAnswerCheckSoon('GET /containers/def/json');
      prepareAnswerCheckSoon('GET /_ping');
      expect(soon).toHaveBeenCalledTimes(2);
    } finally {
      soon.mockRestore();
    }
  });
});

