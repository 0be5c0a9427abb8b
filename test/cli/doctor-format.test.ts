import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatDoctor } from '../../src/cli/commands/doctor-format.js';
import { inLanguage } from '../../src/i18n/index.js';

const report = {
  address: 'unix:///var/run/docker.sock',
  source: 'the default socket',
  client: 'docktutor 0.1.0',
  server: 'Docker Engine 27.0.1',
  platform: 'linux/amd64',
  image: 'busybox:latest present',
  problems: [],
};

describe('formatDoctor', () => {
  it.each(['en', 'ko'] as const)('starts every value in the same display column (%s)', (lang) => {
    const rows = inLanguage(lang, () => formatDoctor(report)).split('\n').slice(1, 6);
    const columns = rows.map((row) => {
      const value = [report.address, report.client, report.server, report.platform, report.image].find((v) => row.includes(v))!;
      return stringWidth(row.slice(0, row.indexOf(value)));
    });
    expect(new Set(columns).size).toBe(1);
  });

  it('leaves out the rows of a daemon that did not answer, its problem still listed', () => {
    const { platform: _platform, image: _image, ...unanswered } = report;
    const text = formatDoctor({ ...unanswered, server: 'no answer', problems: [{ problem: 'Cannot connect', fix: 'start it' }] });
    expect(text.split('\n').slice(1, 4)).toEqual([
      '  Daemon address  unix:///var/run/docker.sock (the default socket)',
      '  Client          docktutor 0.1.0',
      '  Server          no answer',
    ]);
    expect(text).not.toMatch(/OS\/Arch|Practice image|undefined/);
    expect(text).toContain('Problems found:\n  ✗ Cannot connect\n    fix: start it');
  });

  it('lists each problem with its fix', () => {
    const text = formatDoctor({ ...report, problems: [{ problem: 'busybox:latest is missing', fix: 'pull it' }] });
    expect(text).toContain('Problems found:\n  ✗ busybox:latest is missing\n    fix: pull it');
    expect(text).not.toContain('No problems found');
  });
});
