/** The step runner's entry: run a try-it step live on a LiveContext (its daemon, streams and environment), and check what it did. */
export { fillCheck, prepareTryStep, runTryStep, type RunTryStepOptions, type StepOutcome, type TryStepSetting } from './run-try-step.js';
export { verifyCheck, type CheckResult, type ContainerFacts, type Observations } from './verify.js';
