import { columnsOf, padEnd } from '../../terminal/width.js';
import { wrapLine } from '../../terminal/wrap.js';
import { doctorMessages } from '../../i18n/doctor.js';

export interface DoctorReport {
  address: string;
  source: string;
  client: string;
  server: string;
  /** Absent when the daemon did not answer: nothing is known of its platform or its images. */
  platform?: string;
  image?: string;
  problems: { problem: string; fix: string }[];
}

/** Pure: the report as the text doctor prints, labels padded to one column, wrapped to `columns` under each value. */
export function formatDoctor(report: DoctorReport, columns = 80): string {
  const m = doctorMessages();
  const rows = (
    [
      [m.address, `${report.address} (${report.source})`],
      [m.client, report.client],
      [m.server, report.server],
      [m.os, report.platform],
      [m.image, report.image],
    ] as const
  ).filter((row): row is [string, string] => row[1] !== undefined);
  // Korean labels are two columns per character: pad by display width, not by string length.
  const width = Math.max(...rows.map(([label]) => columnsOf(label)));
  // A value too long for the line (a socket path, a fix) goes on under itself, not under its label.
  const hang = (line: string, indent: number) => wrapLine(line, columns, indent);
  const lines = [m.title, ...rows.map(([label, value]) => hang(`  ${padEnd(label, width)}  ${value}`, width + 4)), ''];
  if (report.problems.length === 0) lines.push(wrapLine(m.noProblems, columns));
  else {
    lines.push(m.problems);
    for (const { problem, fix } of report.problems) lines.push(hang(`  ✗ ${problem}`, 4), hang(`    ${m.fix}: ${fix}`, 6 + columnsOf(m.fix)));
  }
  return `${lines.join('\n')}\n`;
}
