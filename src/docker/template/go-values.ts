/**
 * How Go prints and tests the values of an inspect result. The docker CLI runs the template on its
 * typed structs first, so a nil map prints `map[]`, a nil slice `[]`, a nil pointer `<nil>`, and a
 * missing key of a map (a label) `<no value>`. docktutor has the daemon's JSON, not the types: the
 * fields that are Go maps and slices in the Engine API's types are named here. A whole struct
 * (`{{.State}}`) Go prints from its field order and pointers, which JSON cannot say: docktutor
 * refuses it and suggests `{{json .State}}` instead. Pure.
 */
import { TemplateError } from './errors.js';
import type { JsonNode } from './json-tree.js';

/** A value met while evaluating: a JSON node, with the key it was found under (decides how nil prints). */
export interface Value {
  node?: JsonNode;
  key?: string | undefined;
  /** No node: a map's missing key (`<no value>`) or a struct's nil pointer left out of the JSON (`<nil>`). */
  absent?: 'no-value' | 'nil';
}

/** Fields whose Go type is a map: a missing key is `<no value>`, nil prints `map[]`. */
export const MAP_FIELDS = new Set([
  'Labels', 'Options', 'ExposedPorts', 'Volumes', 'Ports', 'Networks', 'Data', 'Sysctls', 'Tmpfs', 'StorageOpt',
  'DriverOpts', 'Annotations',
]);

/** Fields whose Go type is a slice: nil prints `[]`. */
export const LIST_FIELDS = new Set([
  'Args', 'Cmd', 'Entrypoint', 'Env', 'Shell', 'OnBuild', 'Binds', 'Mounts', 'Dns', 'DnsOptions', 'DnsSearch', 'ExtraHosts',
  'CapAdd', 'CapDrop', 'Links', 'SecurityOpt', 'VolumesFrom', 'GroupAdd', 'Devices', 'DeviceCgroupRules', 'DeviceRequests',
  'Ulimits', 'MaskedPaths', 'ReadonlyPaths', 'RepoTags', 'RepoDigests', 'Layers', 'Aliases', 'SecondaryIPAddresses',
  'SecondaryIPv6Addresses', 'DNSNames', 'Test', 'ConsoleSize',
]);

/** Pointer fields the daemon leaves out when nil: Go still has them, as `<nil>`. */
export const NIL_WHEN_ABSENT = new Set(['Health', 'Healthcheck', 'Node', 'IPAMConfig']);

/** Go's fmt `%v` of the value, as text/template prints an action's result. */
export function printValue(value: Value, expression: string): string {
  if (value.absent) return value.absent === 'nil' ? '<nil>' : '<no value>';
  const node = value.node!;
  const isMap = value.key !== undefined && MAP_FIELDS.has(value.key);
  switch (node.kind) {
    case 'null':
      return isMap ? 'map[]' : value.key !== undefined && LIST_FIELDS.has(value.key) ? '[]' : '<nil>';
    case 'array':
      return `[${node.items.map((item) => printElement(item, expression, undefined)).join(' ')}]`;
    case 'object': {
      if (node.entries.length > 0 && !isMap) throw new TemplateError('object', expression);
      const sorted = [...node.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return `map[${sorted.map((entry) => `${entry.key}:${printElement(entry.value, expression, value.key)}`).join(' ')}]`;
    }
    default:
      return printScalar(node);
  }
}

/**
 * An element of a printed slice or map: scalars, slices of them, and `{}` (the struct{} values of
 * ExposedPorts and Volumes). A nil in the Ports map is an empty slice of bindings. A struct inside is
 * refused: Go prints it by field order, without names.
 */
function printElement(node: JsonNode, expression: string, mapKey: string | undefined): string {
  switch (node.kind) {
    case 'null':
      return mapKey === 'Ports' ? '[]' : '<nil>';
    case 'array':
      return `[${node.items.map((item) => printElement(item, expression, undefined)).join(' ')}]`;
    case 'object':
      if (node.entries.length > 0) throw new TemplateError('object', expression);
      return '{}';
    default:
      return printScalar(node);
  }
}

export function printScalar(node: Extract<JsonNode, { kind: 'string' | 'number' | 'bool' }>): string {
  return node.kind === 'string' ? node.value : node.kind === 'number' ? node.raw : String(node.value);
}

/** Go's truth for `{{if}}`: false, 0, nil, and empty strings, slices and maps are false; a struct is true. */
export function isTrue(value: Value): boolean {
  if (value.absent) return false;
  const node = value.node!;
  switch (node.kind) {
    case 'null':
      return false;
    case 'bool':
      return node.value;
    case 'number':
      return Number(node.raw) !== 0;
    case 'string':
      return node.value !== '';
    case 'array':
      return node.items.length > 0;
    case 'object':
      return node.entries.length > 0 || value.key === undefined || !MAP_FIELDS.has(value.key);
  }
}

/** The Go type the docker CLI's raw fallback reports for a JSON scalar in an error. */
export function goTypeName(node: JsonNode): string {
  return node.kind === 'string' ? 'string' : node.kind === 'number' ? 'json.Number' : node.kind === 'bool' ? 'bool' : 'interface {}';
}
