/**
 * Predictions: what a predict step measures on the run (its exit code, how many build steps came from
 * the cache, the size of the image it built, pulled or ran, how many lines it printed), and whether the
 * learner's guess matches it. The right answer is always the measure, never a value in the lesson.
 */
import type { CommandResult, ParsedCommand } from '../docker/commands/types.js';
import type { Connection } from '../docker/engine/connect.js';
import { fallBackUnlessBadAnswer } from '../docker/engine/errors.js';
import type { PredictMeasure, Prediction } from '../lessons/model.js';

/** The measure of a run, or undefined when the command gave nothing to measure (no build, no image). */
export async function measureRun(measure: PredictMeasure, result: CommandResult, command: ParsedCommand | undefined, connection: Connection): Promise<number | undefined> {
  switch (measure) {
    case 'exitCode':
      return result.exitCode;
    case 'cachedSteps':
      return result.build ? result.build.cachedSteps.length : undefined;
    case 'outputLines':
      return countLines(result.output);
    case 'imageSizeMB': {
      const image = measuredImage(result, command);
      if (!image) return undefined;
      const info = await connection.docker.getImage(image).inspect().catch(fallBackUnlessBadAnswer(undefined));
      return info ? Math.round(info.Size / 1e5) / 10 : undefined;
    }
  }
}

/** The image a command built (its ID), pulled or ran. */
export function measuredImage(result: Pick<CommandResult, 'build'>, command: ParsedCommand | undefined): string | undefined {
  if (result.build?.imageId) return result.build.imageId;
  if (!command) return undefined;
  if (command.name === 'build') {
    const tag = command.flags.tag;
    return Array.isArray(tag) ? tag[0] : typeof tag === 'string' ? tag : undefined;
  }
  if (command.name === 'pull' || command.name === 'run') return command.args[0];
  return undefined;
}

/**
 * Lines printed: a last line without its newline counts, the empty piece after a final newline does
 * not, and neither do the daemon's `WARNING:` lines (they depend on the machine, not on the command).
 */
export function countLines(output: string): number {
  if (output === '') return 0;
  const lines = output.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.filter((line) => !line.startsWith('WARNING: ')).length;
}

/** Right when equal, or for a size within the prediction's relative tolerance of the measure. */
export function judgePrediction(prediction: Pick<Prediction, 'measure' | 'tolerance'>, predicted: number, actual: number): boolean {
  if (prediction.measure !== 'imageSizeMB') return predicted === actual;
  return Math.abs(predicted - actual) <= prediction.tolerance * actual + 1e-9;
}
