import { columnsOf, padEnd } from '../../terminal/width.js';
import { doctorMessages } from '../../i18n/doctor.js';

export interface DoctorReport {
  address: string;
  source: string;
  client: string;
  server: string;
  platform: string;
  image: string;
  problems: { problem: string; fix: string }[];
}

/** Pure: the report as the text doctor prints, labels padded to one column. */
export function formatDoctor(report: DoctorReport): string {
  const m = doctorMessages();
  const rows: [string, string][] = [
    [m.address, `${report.address} (${report.source})`],
    [m.client, report.client],
    [m.server, report.server],
    [m.os, report.platform],
    [m.image, report.image],
  ];
  // Korean labels are two columns per character: pad by display width, not by string length.
  const width = Math.max(...rows.map(([label]) => columnsOf(label)));
  const lines = [m.title, ...rows.map(([label, value]) => `  ${padEnd(label, width)}  ${value}`), ''];
  if (report.problems.length === 0) lines.push(m.noProblems);
  else {
    lines.push(m.problems);
    for (const { problem, fix } of report.problems) lines.push(`  ✗ ${problem}`, `    ${m.fix}: ${fix}`);
  }
  return `${lines.join('\n')}\n`;
}
