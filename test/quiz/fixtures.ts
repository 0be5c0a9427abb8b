import type { CommandQuestion, MultipleQuestion, SingleQuestion, TrueFalseQuestion } from '../../src/lessons/model.js';

const base = { explanation: 'Because.', line: 1, step: 0 };

export const single: SingleQuestion = {
  ...base,
  id: 'image-vs-container',
  type: 'single',
  question: 'Which one is a read-only template?',
  options: [
    { text: 'An image', correct: true },
    { text: 'A container', correct: false, why: 'A container adds a writable layer.' },
    { text: 'A volume', correct: false },
  ],
};

export const multiple: MultipleQuestion = {
  ...base,
  id: 'shared',
  type: 'multiple',
  question: 'What do containers on one host share?',
  options: [
    { text: 'The kernel', correct: true },
    { text: 'A boot loader', correct: false, why: 'Nothing boots.' },
    { text: 'The image layers', correct: true },
    { text: 'A hypervisor', correct: false, why: 'There is none.' },
  ],
};

export const truefalse: TrueFalseQuestion = { ...base, id: 'kernel', type: 'truefalse', question: 'Every container boots a kernel.', answer: false };

export const command: CommandQuestion = { ...base, id: 'list-all', type: 'command', question: 'List every container.', answer: 'docker ps -a' };
