// The floor for a step-to-step screen: a Node.js program in the same terminal that, at each Enter, writes
// a screen as large as a lesson step and a prompt's key help. What remains above it in `learn` is
// docktutor's own work: saving progress, rendering the step, drawing the prompt.
const lines = Array.from({ length: 40 }, (_, row) => `${String(row).padStart(3)} ${'lorem ipsum dolor sit amet '.repeat(4)}`);
let step = 1;
const screen = () => process.stdout.write(`\nBenchmark · Step ${step}/99\n\n${lines.join('\n')}\n\n? What next?\n❯ Next step\n\n↑↓ navigate • ⏎ select`);
process.stdin.setRawMode(true);
process.stdin.on('data', (data) => {
  if (data.includes(3)) process.exit(0);
  if (data.includes(13)) {
    step += 1;
    screen();
  }
});
screen();
