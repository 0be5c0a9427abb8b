/**
 * Commands not yet in the one-folder shape: their specs as the shared table held them. Each moves into
 * its own folder's spec.ts.
 */
import type { Lang } from '../../i18n/index.js';
import { tryHelpMessages } from '../../i18n/try-help.js';
import { bool, valued } from '../command-line/flag-spec.js';
import type { CommandSpec } from './module.js';

type LegacyName = 'run' | 'exec' | 'ps' | 'build' | 'pull' | 'push' | 'login' | 'logout' | 'search' | 'version' | 'info';

const ALIASES: Record<string, string[]> = {
  run: ['container run'],
  exec: ['container exec'],
  ps: ['container ls', 'container list', 'container ps'],
  build: ['image build', 'builder build'],
  pull: ['image pull'],
  push: ['image push'],
  info: ['system info'],
};

const summary = (name: LegacyName): Record<Lang, string> => ({ en: tryHelpMessages('en').commands[name], ko: tryHelpMessages('ko').commands[name] });

const SPECS: Record<LegacyName, Omit<CommandSpec, 'summary'>> = {
  run: {
    name: 'run',
    synopsis: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
    flags: [
      bool('detach', 'd'),
      bool('interactive', 'i'),
      bool('tty', 't'),
      bool('rm'),
      valued('name', undefined, 'string', 'string'),
      valued('env', 'e', 'list', 'list'),
      valued('publish', 'p', 'list', 'list'),
      valued('volume', 'v', 'list', 'list'),
      valued('workdir', 'w', 'string', 'string'),
      valued('memory', 'm', 'bytes', 'bytes'),
      valued('cpus', undefined, 'cpus', 'decimal'),
      valued('entrypoint', undefined, 'string', 'string'),
      valued('network', undefined, 'string', 'network'),
    ],
    minArgs: 1,
    maxArgs: Infinity,
    interspersed: false,
  },
  exec: {
    name: 'exec',
    synopsis: 'exec [OPTIONS] CONTAINER COMMAND [ARG...]',
    flags: [
      bool('detach', 'd'),
      bool('interactive', 'i'),
      bool('tty', 't'),
      valued('env', 'e', 'list', 'list'),
      valued('workdir', 'w', 'string', 'string'),
      valued('user', 'u', 'string', 'string'),
    ],
    minArgs: 2,
    maxArgs: Infinity,
    interspersed: false,
  },
  ps: {
    name: 'ps',
    synopsis: 'ps [OPTIONS]',
    flags: [
      bool('all', 'a'),
      valued('filter', 'f', 'list', 'filter'),
      valued('last', 'n', 'int', 'int'),
      bool('latest', 'l'),
      bool('no-trunc'),
      bool('quiet', 'q'),
      bool('size', 's'),
    ],
    minArgs: 0,
    maxArgs: 0,
    interspersed: true,
  },
  build: {
    name: 'build',
    synopsis: 'build [OPTIONS] PATH',
    flags: [
      valued('build-arg', undefined, 'list', 'list'),
      valued('file', 'f', 'string', 'string'),
      bool('no-cache'),
      bool('pull'),
      bool('quiet', 'q'),
      valued('tag', 't', 'list', 'list'),
      valued('target', undefined, 'string', 'string'),
    ],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  pull: {
    name: 'pull',
    synopsis: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
    flags: [bool('all-tags', 'a'), bool('quiet', 'q')],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  push: {
    name: 'push',
    synopsis: 'push [OPTIONS] NAME[:TAG]',
    flags: [bool('all-tags', 'a'), bool('quiet', 'q')],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  login: {
    name: 'login',
    synopsis: 'login [OPTIONS] [SERVER]',
    flags: [valued('password', 'p', 'string', 'string'), bool('password-stdin'), valued('username', 'u', 'string', 'string')],
    minArgs: 0,
    maxArgs: 1,
    interspersed: true,
  },
  logout: { name: 'logout', synopsis: 'logout [SERVER]', flags: [], minArgs: 0, maxArgs: 1, interspersed: true },
  search: {
    name: 'search',
    synopsis: 'search [OPTIONS] TERM',
    flags: [valued('filter', 'f', 'list', 'filter'), valued('limit', undefined, 'int', 'int'), bool('no-trunc')],
    minArgs: 1,
    maxArgs: 1,
    interspersed: true,
  },
  version: { name: 'version', synopsis: 'version', flags: [], minArgs: 0, maxArgs: 0, interspersed: true },
  info: { name: 'info', synopsis: 'info', flags: [], minArgs: 0, maxArgs: 0, interspersed: true },
};

export function legacySpec(name: LegacyName): CommandSpec {
  return { ...SPECS[name], summary: summary(name), ...(ALIASES[name] ? { aliases: ALIASES[name] } : {}) };
}
