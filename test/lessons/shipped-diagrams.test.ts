/**
 * A diagram is drawn for the width most terminals open at: a box-drawing line that 80 columns cut shows
 * a learner half an arrow or half a label, with a note to widen the window. Command output in code
 * blocks may be wider (it is what docker prints); a drawing the lesson's author made never needs to be.
 */
import { join } from 'node:path';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/index.js';
import { loadLessons } from '../../src/lessons/load.js';
import { PACKAGE_ROOT } from '../../src/settings.js';
import { columnsOf } from '../../src/terminal/width.js';

// learn shows a code block two columns in from the left edge.
const INDENT = 2;
const BOX = /[┌┐└┘│─┬┴├┤◄►]/;

function diagramLines(markdown: string): string[] {
  const lines: string[] = [];
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      if (token.type === 'code') {
        const text = (token as { text: string }).text.split('\n');
        if (text.some((line) => BOX.test(line))) lines.push(...text);
      }
      const nested = (token as { tokens?: Token[] }).tokens ?? (token as { items?: Token[] }).items;
      if (nested) visit(nested);
    }
  };
  visit(Lexer.lex(markdown));
  return lines;
}

describe.each(LANGS)('the shipped lessons in %s', (lang) => {
  it('draw every diagram within 80 columns', () => {
    const wide: string[] = [];
    for (const lesson of loadLessons(join(PACKAGE_ROOT, 'lessons'), lang)) {
      lesson.steps.forEach((step, index) => {
        for (const line of diagramLines(step.markdown)) {
          if (INDENT + columnsOf(line) > 80) wide.push(`${lesson.id} step ${index + 1}: ${INDENT + columnsOf(line)} columns: ${line.trim()}`);
        }
      });
    }
    expect(wide).toEqual([]);
  });
});
