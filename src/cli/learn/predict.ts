/**
 * A predict step's question, asked before the command runs (a choice, or a number typed), and the
 * prediction shown beside what the run measured, both recorded. The right answer is the measure.
 */
import { learnStepMessages } from '../../i18n/learn-steps.js';
import type { Lesson, Prediction, TryStep } from '../../lessons/model.js';
import { placeholderValues } from '../../lessons/placeholders.js';
import { judgePrediction } from '../../steps/predict.js';
import { loadRenderer } from './renderer.js';
import type { Session } from './session.js';

export async function askPrediction(session: Session, prediction: Prediction): Promise<number> {
  const s = learnStepMessages();
  const note = { columns: session.columns(), color: session.color.level > 0, placeholders: placeholderValues(session.live.env) };
  const question = (await loadRenderer()).renderStepNote(prediction.question, note).trim();
  if (prediction.options) {
    const choices = prediction.options.map((option) => ({ name: String(option), value: option }));
    return session.prompts.select<number>({ message: question, choices });
  }
  session.print(question);
  for (;;) {
    const typed = (await session.prompts.input({ message: s.predictNumber })).trim().replace(',', '.');
    const value = Number(typed);
    if (typed !== '' && Number.isFinite(value)) return value;
    session.say(session.color.yellow(s.notANumber));
  }
}

export async function showPrediction(session: Session, lesson: Lesson, tryStep: TryStep, predicted: number, measured: number | undefined): Promise<void> {
  const s = learnStepMessages();
  if (measured === undefined) {
    session.say(session.color.dim(s.noMeasure));
    return;
  }
  const correct = judgePrediction(tryStep.predict!, predicted, measured);
  const [shownPredicted, shownActual] = [String(predicted), String(measured)];
  session.say(correct ? session.color.green(`✔ ${s.predictionRight(shownPredicted, shownActual)}`) : session.color.yellow(`✘ ${s.predictionWrong(shownPredicted, shownActual)}`));
  await session.store.update({ kind: 'prediction', lesson: lesson.id, step: tryStep.id, predicted: shownPredicted, actual: shownActual, correct, at: session.now().toISOString() });
}
