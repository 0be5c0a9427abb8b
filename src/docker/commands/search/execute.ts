/**
 * docker search [--limit N] [--filter K=V ...] [--no-trunc] TERM: Docker Hub through the daemon
 * (GET /images/search). A term that starts with a registry host (`localhost:5000/busy`) cannot be
 * searched that way, since the registry API has no search: its catalog is listed instead.
 */
import { DocktutorError, usageError } from '../../../errors.js';
import { registryMessages } from '../../../i18n/registry.js';
import { searchMessages } from '../../../i18n/search.js';
import { flagBool, flagList, flagString } from '../flags.js';
import { CommandOutput } from '../output.js';
import { loadCredentials, registryAuth } from '../../registry/credentials.js';
import { listRepositories, listTags } from '../../registry/client.js';
import { registryPolicy } from '../../registry/policy.js';
import { escapeControls } from '../../../terminal/controls.js';
import { registryError } from '../../registry/errors.js';
import { DOCKER_HUB, isRegistryHost, normalizeRegistryHost } from '../../registry/reference.js';
import { formatSearchTable, type SearchRow } from '../../format/search.js';
import type { CommandContext, CommandHandler } from '../types.js';

interface SearchOptions {
  limit: number;
  stars: number;
  official?: boolean;
  automated?: boolean;
}

export const execute: CommandHandler = async (command, context) => {
  if (command.args.length !== 1) throw usageError(registryMessages().exactlyOneArgument('search'), registryMessages().searchUsage);
  const term = command.args[0]!;
  const options = readOptions(flagString(command, 'limit'), flagList(command, 'filter'));
  const output = new CommandOutput(context);
  const slash = term.indexOf('/');
  const host = slash > 0 && isRegistryHost(term.slice(0, slash)) ? normalizeRegistryHost(term.slice(0, slash)) : DOCKER_HUB;
  const rows = host === DOCKER_HUB ? await searchHub(term, options, context) : await searchRegistry(host, term.slice(slash + 1), options, context, output);
  output.out(formatSearchTable(rows, { noTrunc: flagBool(command, 'no-trunc') }));
  return { exitCode: 0, output: output.text };
};

async function searchHub(term: string, options: SearchOptions, context: CommandContext): Promise<SearchRow[]> {
  const { docker, address } = context.connection;
  const filters: Record<string, string[]> = {};
  if (options.stars > 0) filters.stars = [String(options.stars)];
  if (options.official !== undefined) filters['is-official'] = [String(options.official)];
  if (options.automated !== undefined) filters['is-automated'] = [String(options.automated)];
  const auth = await registryAuth(DOCKER_HUB, context.env).catch(() => undefined);
  try {
    const results = (await docker.searchImages({ term, limit: options.limit, filters, ...(auth ? { authconfig: auth } : {}) })) as {
      name: string;
      description?: string;
      star_count?: number;
      is_official?: boolean;
    }[];
    // Docker Hub's descriptions are written by anyone who publishes an image.
    return results.map((r) => ({ name: escapeControls(String(r.name), 'line'), description: escapeControls(String(r.description ?? ''), 'line'), stars: r.star_count ?? 0, official: r.is_official === true }));
  } catch (error) {
    throw registryError(error, DOCKER_HUB, address.url);
  }
}

async function searchRegistry(host: string, term: string, options: SearchOptions, context: CommandContext, output: CommandOutput): Promise<SearchRow[]> {
  const stored = await loadCredentials(host, context.env);
  const auth = stored && !stored.identityToken ? { username: stored.username, password: stored.secret } : undefined;
  output.err(`${searchMessages().privateRegistryNote(host, term)}\n`);
  // Repositories in a private registry have no stars and none is official: such filters leave nothing.
  if (options.stars > 0 || options.official === true || options.automated === true) return [];
  const needle = term.toLowerCase();
  const registry = { auth, policy: await registryPolicy(context.connection) };
  const names = (await listRepositories(host, registry)).filter((name) => name.toLowerCase().includes(needle)).sort().slice(0, options.limit);
  const rows: SearchRow[] = [];
  for (const name of names) {
    // Tags come from the registry as they are: whatever a hostile one sends is shown, never obeyed.
    const tags = (await listTags(host, name, registry).catch(() => [])).map((tag) => escapeControls(tag, 'line'));
    rows.push({ name: `${host}/${name}`, description: searchMessages().tagsDescription(tags.sort()), stars: 0, official: false });
  }
  return rows;
}

function readOptions(limit: string | undefined, filters: string[]): SearchOptions {
  const m = searchMessages();
  const options: SearchOptions = { limit: 25, stars: 0 };
  if (limit !== undefined) {
    const value = Number(limit);
    if (!Number.isInteger(value) || value < 1 || value > 100) throw usageError(m.badLimit(limit), registryMessages().searchUsage);
    options.limit = value;
  }
  for (const filter of filters) {
    const [key = '', value = ''] = filter.split(/=(.*)/s);
    if (key === 'stars' && /^\d+$/.test(value)) options.stars = Number(value);
    else if ((key === 'is-official' || key === 'is-automated') && (value === 'true' || value === 'false')) {
      options[key === 'is-official' ? 'official' : 'automated'] = value === 'true';
    } else throw new DocktutorError('usage', m.badFilter(filter), { hint: registryMessages().searchUsage });
  }
  return options;
}
