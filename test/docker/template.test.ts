/** The Go-template subset of `inspect -f`, checked against what the docker CLI 28 prints for the same JSON. */
import { describe, expect, it } from 'vitest';
import { compactJson, compileTemplate, indentJson, parseJsonTree, TemplateError } from '../../src/docker/template/index.js';

const CONTAINER = JSON.stringify({
  Id: 'a5a170aa0dbc',
  Name: '/c1',
  State: { Status: 'running', Running: true, Pid: 958, ExitCode: 0 },
  Mounts: [
    { Type: 'volume', Name: 'v1', Source: '/var/lib/docker/volumes/v1/_data', Destination: '/data', RW: true },
    { Type: 'bind', Source: '/home/me/notes', Destination: '/notes', RW: false },
  ],
  Config: {
    Tty: false,
    Env: ['FOO=bar', 'PATH=/bin'],
    Cmd: ['sleep', '1000'],
    Volumes: null,
    Entrypoint: null,
    Labels: { k: 'hello', 'com.example.team': 'web' },
    ExposedPorts: { '80/tcp': {} },
  },
  HostConfig: { Binds: ['v1:/data'], CapAdd: null, Memory: 0, NanoCpus: 500000000, LogConfig: { Type: 'json-file', Config: {} } },
  NetworkSettings: { Ports: { '80/tcp': null }, Networks: { bridge: { IPAddress: '172.17.0.2' } } },
});
const root = parseJsonTree(CONTAINER);
const render = (template: string) => compileTemplate(template).render(root);
const failure = (run: () => unknown): TemplateError => {
  try {
    run();
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('expected a TemplateError');
};

describe('inspect -f: the forms learners use', () => {
  it.each([
    ['{{.State.Status}}', 'running'],
    ['{{ .State.Status }}', 'running'],
    ['{{.State.Pid}} {{.State.Running}} {{.HostConfig.NanoCpus}}', '958 true 500000000'],
    ['{{index .Config.Labels "k"}}', 'hello'],
    ['{{index .Config.Labels "com.example.team"}}', 'web'],
    ['{{index .Config.Env 0}}', 'FOO=bar'],
    ['{{index .Mounts 1 "Source"}}', '/home/me/notes'],
    ['{{range .Mounts}}{{.Source}}{{end}}', '/var/lib/docker/volumes/v1/_data/home/me/notes'],
    ['{{range .Mounts}}{{.Type}}:{{.Destination}} {{end}}', 'volume:/data bind:/notes '],
    ['{{range .Config.Env}}{{.}} {{end}}', 'FOO=bar PATH=/bin '],
    ['{{range .Config.Labels}}{{.}},{{end}}', 'web,hello,'],
    ['{{range .Config.Volumes}}x{{else}}none{{end}}', 'none'],
    ['{{if .State.Running}}up{{else}}down{{end}}', 'up'],
    ['{{if .Config.Tty}}tty{{end}}', ''],
    ['{{if .Config.Volumes}}V{{else}}noV{{end}}', 'noV'],
    ['{{.Config.Labels.k}}', 'hello'],
    ['{{.Config.Labels.zz}}', '<no value>'],
    ['{{index .Config.Labels "zz"}}', ''],
    ['{{index .State "Status"}}', 'running'],
    ['{{index .State "Foo"}}', '<no value>'],
    ['{{.Config.Env}}', '[FOO=bar PATH=/bin]'],
    ['{{.Config.Labels}}', 'map[com.example.team:web k:hello]'],
    ['{{.Config.ExposedPorts}}', 'map[80/tcp:{}]'],
    ['{{.NetworkSettings.Ports}}', 'map[80/tcp:[]]'],
    ['{{.Config.Volumes}}', 'map[]'],
    ['{{.Config.Entrypoint}} {{.HostConfig.CapAdd}}', '[] []'],
    ['{{.State.Health}}', '<nil>'],
    ['{{json .State.Health}}', 'null'],
    ['{{json .Config.Labels}}', '{"k":"hello","com.example.team":"web"}'],
    ['{{json .Mounts}}', CONTAINER.slice(CONTAINER.indexOf('[{"Type"'), CONTAINER.indexOf(',"Config"'))],
    ['{{- .State.Status -}}', 'running'],
    ['a {{- .State.Status -}} \n b', 'arunningb'],
    ['{{/* a comment */}}x', 'x'],
    ['Status: {{.State.Status}}\\n', 'Status: running\\n'],
  ])('%s', (template, expected) => {
    expect(render(template)).toBe(expected);
  });

  it('keeps the daemon JSON text: key order, number literals and escapes', () => {
    const raw = '{"b":1,"a":"x\\u003cy","n":12345678901234567890,"e":[],"o":{}}';
    const tree = parseJsonTree(raw);
    expect(compactJson(tree)).toBe(raw);
    expect(compileTemplate('{{.a}} {{.n}}').render(tree)).toBe('x<y 12345678901234567890');
    expect(indentJson(parseJsonTree('[{"a":[1,{"b":null}],"e":[],"o":{}}]'))).toBe(
      '[\n    {\n        "a": [\n            1,\n            {\n                "b": null\n            }\n        ],\n        "e": [],\n        "o": {}\n    }\n]',
    );
  });
});

describe('inspect -f: errors as the docker CLI words them', () => {
  it.each([
    ['{{.Nope}}', 'template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"'],
    ['{{json .RootFS}}', 'template: :1:7: executing "" at <.RootFS>: map has no entry for key "RootFS"'],
    ['{{.State.Health.Status}}', 'template: :1:8: executing "" at <.State.Health.Status>: map has no entry for key "Health"'],
    ['{{.State.Status.Foo}}', 'template: :1:8: executing "" at <.State.Status.Foo>: can\'t evaluate field Foo in type interface {}'],
    ['{{.Config.Labels.k.x}}', 'template: :1:9: executing "" at <.Config.Labels.k.x>: can\'t evaluate field x in type interface {}'],
    ['{{index .Config.Env 5}}', 'template: :1:2: executing "" at <index .Config.Env 5>: error calling index: index out of range: 5'],
    ['{{index .Config.Labels 0}}', 'template: :1:2: executing "" at <index .Config.Labels 0>: error calling index: value has type int; should be string'],
    ['{{index .Config.Env "a"}}', 'template: :1:2: executing "" at <index .Config.Env "a">: error calling index: cannot index slice/array with type string'],
    ['{{range .State.Status}}x{{end}}', 'template: :1:14: executing "" at <.State.Status>: range can\'t iterate over running'],
    ['{{range .Nope}}x{{end}}', 'template: :1:8: executing "" at <.Nope>: map has no entry for key "Nope"'],
    ['x\n{{.Nope}}', 'template: :2:2: executing "" at <.Nope>: map has no entry for key "Nope"'],
  ])('%s fails on the object', (template, message) => {
    const error = failure(() => render(template));
    expect(error.kind).toBe('exec');
    expect(error.message).toBe(message);
  });

  it.each([
    ['{{.State.Status', 'template: :1: unclosed action'],
    ['{{.State.Status}', "template: :1: bad character U+007D '}'"],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{range .Mounts}}', 'template: :1: unexpected EOF'],
    ['{{foo .X}}', 'template: :1: function "foo" not defined'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
  ])('%s is refused before anything runs, as Go refuses it', (template, message) => {
    const error = failure(() => compileTemplate(template));
    expect(error.kind).toBe('parse');
    expect(error.message).toBe(message);
  });

  it.each([
    '{{printf "%s" .Name}}',
    '{{.State.Status | printf "%q"}}',
    '{{len .Mounts}}',
    '{{$x := 1}}',
    '{{range $m := .Mounts}}{{$m.Type}}{{end}}',
    '{{with .State}}{{.Status}}{{end}}',
    '{{(index .Mounts 0).Type}}',
    '{{if .A}}a{{else if .B}}b{{end}}',
    '{{upper .Name}}',
  ])('%s is valid Go that docktutor names instead of evaluating', (template) => {
    const error = failure(() => compileTemplate(template));
    expect(error.kind).toBe('unsupported');
    expect(template).toContain(error.message);
    expect(error.message).toMatch(/^\{\{.*\}\}$/);
  });

  it.each(['{{.State}}', '{{.}}', '{{range .Mounts}}{{.}}{{end}}', '{{.NetworkSettings.Networks}}'])('%s (a whole object) points to json', (template) => {
    const error = failure(() => render(template));
    expect(error.kind).toBe('object');
    expect(error.message).toMatch(/^\.|^\.\w/);
  });
});
