// The three tables `npm run bench` prints: start-up, learn's screens, answers inside a session.

export function printTables({ machine, startupRuns, startup, screens, session }) {
  const { before, after } = machine;
  const out = (text = '') => process.stdout.write(`${text}\n`);
  out(`machine: ${before.nproc} cores, ${before.memoryGiB} GiB, Node.js ${before.node}, dockerd ${before.dockerd}, load ${before.load.join(' ')} before, ${after.load.join(' ')} after`);
  const yes = (met) => (met === undefined ? '-' : met ? 'yes' : 'NO');
  if (startup.length > 0) {
    out(`\n1. One process, start to finish, against the floor for any Node.js tool (${startupRuns} rounds; each ratio is the median of the rounds' ratios, the two run back to back in each round)`);
    table(['benchmark', 'docktutor', 'reference', 'ratio', 'peak MiB (ratio)', 'target', 'met', 'notes'], startup.map((row) => [
      row.name,
      `${row.ms} ms`,
      `${row.referenceMs} ms (${row.reference})`,
      row.ratio === undefined ? '-' : `${row.ratio}x`,
      row.rssMiB === undefined ? '-' : row.memoryRatio === undefined ? `${row.rssMiB}` : `${row.rssMiB} (${row.memoryRatio}x)`,
      row.target,
      yes(row.met),
      [
        row.dockerCliMs !== undefined ? `docker CLI ${row.dockerCliMs} ms` : '',
        row.cpuMs !== undefined ? `CPU ${row.cpuMs} ms (yaml alone ${row.yamlOnlyCpuMs} ms); shipped 16: ${row.shippedMs} ms` : '',
        row.sameOptionsMs !== undefined ? `docker with docktutor's labels and --force-rm ${row.sameOptionsMs} ms (${row.vsSameOptions}x)` : '',
      ].filter(Boolean).join('; '),
    ]), out);
  }
  if (screens.length > 0) {
    out('\n2. learn in a pseudo-terminal: screens');
    table(['benchmark', 'docktutor', 'reference', 'ratio', 'target', 'met'], screens.map((row) => [
      row.name, `${row.ms} ms`, `${row.referenceMs} ms (${row.reference})`, `${row.ratio}x`, row.target, yes(row.met),
    ]), out);
  }
  if (session.length > 0) {
    out('\n3. Inside one session, Enter to the next prompt (pseudo-terminal), against a program in a terminal of its own, given the same keys in turns, making the same request in-process on a kept-alive connection');
    table(['command', 'practice prompt', 'floor', 'over', 'target', 'met', 'learn try step', 'floor', 'over', 'target', 'met', 'docker CLI process', 'requests back to back'], session.map((row) => [
      row.name,
      `${row.promptMs} ms`,
      `${row.floorMs} ms`,
      `+${row.promptOverMs} ms`,
      `<= ${row.targetMs} ms`,
      yes(row.promptMet),
      row.learnMs === undefined ? '-' : `${row.learnMs} ms`,
      row.learnFloorMs === undefined ? '-' : `${row.learnFloorMs} ms`,
      row.learnOverMs === undefined ? '-' : `+${row.learnOverMs} ms`,
      row.learnTargetMs === undefined ? '-' : `<= ${row.learnTargetMs} ms`,
      yes(row.learnMet),
      row.dockerCliMs === undefined ? '-' : `${row.dockerCliMs} ms (prompt ${row.vsDockerCli}x)`,
      row.backToBackMs === undefined ? '-' : `${row.backToBackMs} ms`,
    ]), out);
  }
}

function table(header, rows, out) {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((cells) => String(cells[i]).length)));
  for (const cells of [header, ...rows]) out(cells.map((cell, i) => String(cell).padEnd(widths[i])).join('  ').trimEnd());
}
