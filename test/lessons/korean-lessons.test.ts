/**
 * The shipped Korean lessons read as written in Korean: one term per concept (the project's glossary,
 * in docs/lesson-format.md), a word that follows bold text inside the bold, and no English passage left
 * untranslated. Prose is what the learner reads as sentences: the Markdown outside code blocks and the
 * prose fields of try, quiz and edit blocks. Code is not prose: code blocks, inline code, an edit step's
 * files, commands, and the messages quoted from docker in double quotes stay as docker prints them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/settings.js';

const LESSONS = join(PACKAGE_ROOT, 'lessons');
const SRC = join(PACKAGE_ROOT, 'src');

/** A variant, and the one term the project uses instead. */
const GLOSSARY: [RegExp, string][] = [
  [/쓰기가능|쓰기 가능 레이어|쓰기 레이어|쓰기용 레이어/, '쓰기 가능한 레이어'],
  [/라벨/, '레이블'],
  [/레포지?토리|리포지터리|레포(?![가-힣])|(?<!저장소\()리포지토리/, '저장소(리포지토리)'],
  [/이미지 저장소|이미지 저장 ?공간/, '이미지 스토어 (저장소 is a repository)'],
  [/classic (이미지 )?스토어/, '클래식 이미지 스토어'],
  [/(구형|기존|예전|옛|이전|클래식) 빌더|레거시빌더/, '레거시 빌더'],
  [/(사설|비공개|개인|전용|private) 레지스트리/, '프라이빗 레지스트리'],
  [/대화(?!형)/, '통신하다 (a client communicates with the daemon)'],
  [/\d+번 레슨/, 'N강'],
];

/** Lines of YAML that hold code or values, not prose. */
const CODE_KEY = /^\s*(?:- )?(?:id|type|mode|command|answer|ref|output|exitCode|path|tag|image|container|name|server|repo|measure|options|step|network|start|solution|dockerfile|target|correct|tolerance|size|startFails|loggedIn|exists|running|memory|cpus|oomKilled|cachedSteps|contextMaxBytes|contextMinBytes|builds|workdir|execForm|user|absent|maxContext|contextExcludes|cacheReuse|run|file|keep|args|order|minutes|passMark)\s*:/;

interface Passage {
  file: string;
  line: number;
  text: string;
}

/**
 * The prose of one lesson file: paragraphs of Markdown (a bold may span their lines), and each prose
 * line of a try, quiz or edit block, with an edit block's `files:` left out.
 */
export function prosePassages(file: string, source: string): Passage[] {
  const passages: Passage[] = [];
  let paragraph: { line: number; lines: string[] } | undefined;
  const flush = () => {
    if (paragraph) passages.push({ file, line: paragraph.line, text: paragraph.lines.join('\n') });
    paragraph = undefined;
  };
  let fence: string | undefined;
  let inFiles = false;
  let frontMatter = source.startsWith('---\n');
  for (const [index, line] of source.split('\n').entries()) {
    if (frontMatter) {
      if (index > 0 && line === '---') frontMatter = false;
      else if (/^\s*(title|summary|- )/.test(line)) passages.push({ file, line: index + 1, text: line });
      continue;
    }
    const opening = /^\s*```+\s*(\S*)/.exec(line);
    if (opening) {
      flush();
      fence = fence === undefined ? opening[1] || 'text' : undefined;
      inFiles = false;
      continue;
    }
    if (fence !== undefined) {
      if (!['try', 'quiz', 'edit'].includes(fence)) continue;
      if (/^\S/.test(line)) inFiles = /^files\s*:/.test(line);
      if (!inFiles && !CODE_KEY.test(line)) passages.push({ file, line: index + 1, text: line });
      continue;
    }
    if (line.trim() === '') flush();
    else (paragraph ??= { line: index + 1, lines: [] }).lines.push(line);
  }
  flush();
  return passages;
}

/** Inline code becomes one neutral letter: `**\`-t\`**는` is still a bold followed by Hangul. */
const withoutCode = (text: string) => text.replace(/`[^`]*`/g, 'X');

/** The Hangul that follows a closing `**`: CommonMark leaves `**(x)**될` unrendered, and the rule keeps every case alike. */
export function wordsAfterBold(text: string): string[] {
  const plain = withoutCode(text);
  const marks = [...plain.matchAll(/\*\*/g)].map((match) => match.index);
  const found: string[] = [];
  for (let close = 1; close < marks.length; close += 2) {
    const after = /^[가-힣]+/.exec(plain.slice(marks[close]! + 2));
    if (after) found.push(plain.slice(marks[close - 1], marks[close]! + 2) + after[0]);
  }
  return found;
}

/**
 * Five or more English words in a row, separated by spaces only (a list of names such as `KVM, Hyper-V,
 * VMware ESXi` is not a passage), outside code, double quotes, links and placeholders.
 */
export function englishRuns(text: string): string[] {
  const prose = withoutCode(text)
    .replace(/"[^"\n]*"|“[^”\n]*”/g, ' ')
    .replace(/https?:\/\/\S+|\{\{[^}]*\}\}|\]\([^)]*\)/g, ' ');
  return [...prose.matchAll(/(?:[A-Za-z][A-Za-z'’-]*[ \t\n]+){4,}[A-Za-z][A-Za-z'’-]*/g)].map((match) => match[0]);
}

/** "100 MB", "24 MiB": a number and its unit of size written apart, outside code. */
export function numbersApartFromUnits(text: string): string[] {
  return [...withoutCode(text).matchAll(/(?<![\w.])\d+(?:\.\d+)?[ \t\n]+(?:[KMGT]i?B|kB|B)(?![A-Za-z])/g)].map((match) => match[0]);
}

const koFiles = readdirSync(LESSONS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(LESSONS, entry.name, 'ko.md'))
  .filter((file) => { try { return readFileSync(file).length > 0; } catch { return false; } });
const passages = koFiles.flatMap((file) => prosePassages(file.slice(LESSONS.length + 1), readFileSync(file, 'utf8')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the Korean lessons', () => {
  it('read the prose of every lesson', () => {
    expect(koFiles.length).toBeGreaterThanOrEqual(16);
    expect(passages.length).toBeGreaterThan(2000);
    console.log(`korean lessons: ${koFiles.length} files, ${passages.length} passages of prose checked`);
  });

  it('use one term per concept, as the glossary says', () => {
    const problems = passages.flatMap(({ file, line, text }) =>
      GLOSSARY.flatMap(([variant, term]) => (variant.test(withoutCode(text)) ? [`${file}:${line}: ${variant.exec(withoutCode(text))![0]} -> ${term}`] : [])),
    );
    expect(problems).toEqual([]);
  });

  it('put the word that follows bold text inside the bold', () => {
    const problems = passages.flatMap(({ file, line, text }) => wordsAfterBold(text).map((found) => `${file}:${line}: ${found}`));
    expect(problems).toEqual([]);
  });

  it('write a size without a space before its unit, so that a line never breaks between them', () => {
    // The terminal wrapper breaks at any space; Korean writes 100MB, 1GB, 24MiB anyway.
    const problems = passages.flatMap(({ file, line, text }) => numbersApartFromUnits(text).map((found) => `${file}:${line}: ${found}`));
    expect(problems).toEqual([]);
  });

  it('leave no English passage untranslated', () => {
    const problems = passages.flatMap(({ file, line, text }) => englishRuns(text).map((run) => `${file}:${line}: ${run}`));
    expect(problems).toEqual([]);
  });
});

describe("docktutor's Korean messages", () => {
  it('use the same terms as the lessons', () => {
    const problems = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8').split('\n').flatMap((line, index) =>
        GLOSSARY.flatMap(([variant, term]) => (variant.test(line) ? [`${file.slice(SRC.length + 1)}:${index + 1}: ${variant.exec(line)![0]} -> ${term}`] : [])),
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('the rules catch what they are for', () => {
  it.each<[string, (text: string) => string[], string, string[]]>([
    ['a syllable after a bold that ends in punctuation', wordsAfterBold, 'CPU가 **스로틀링(throttling)**될 뿐입니다', ['**스로틀링(throttling)**될']],
    ['a particle after bold code', wordsAfterBold, '**`-t`**는 터미널을', ['**X**는']],
    ['a particle inside the bold', wordsAfterBold, '**레지스트리는** 서버이고 **`-t`는** 터미널을', []],
    ['an English sentence', englishRuns, '레이어는 The writable layer is thrown away with it.', ['The writable layer is thrown away with it']],
    ['a size whose unit could go to the next line', numbersApartFromUnits, '100 MB 이미지로 1 GB가 아니라 `64 MiB` 100MB', ['100 MB', '1 GB']],
    ['a quoted docker message and inline code', englishRuns, '"Cannot connect to the Docker daemon" 오류와 `docker run --rm -it busybox sh`', []],
  ])('%s', (_, rule, text, expected) => {
    expect(rule(text)).toEqual(expected);
  });

  it('finds the variants the glossary forbids, and not the terms', () => {
    const flagged = (text: string) => GLOSSARY.filter(([variant]) => variant.test(text)).map(([, term]) => term);
    expect(flagged('컨테이너의 쓰기 가능 레이어에 라벨을 붙이고 클라이언트가 데몬과 대화합니다')).toHaveLength(3);
    expect(flagged('사설 레지스트리의 리포지토리, 예전 빌더, 이미지 저장소, 5번 레슨')).toHaveLength(5);
    expect(flagged('쓰기 가능한 레이어, 레이블, 저장소(리포지토리), 이미지 스토어, 레거시 빌더, 프라이빗 레지스트리, 통신합니다, 대화형 셸, 5강')).toEqual([]);
  });

  it('reads prose from YAML blocks but not their code, nor an edit step\'s files', () => {
    const source = ['# t', '', '```edit', 'id: x', 'goal: 목표입니다', 'files:', '  - path: a', '    solution: |', '      # An English comment of many words here', 'hints:', '  - "힌트"', '```', ''].join('\n');
    expect(prosePassages('f', source).map((passage) => passage.text)).toEqual(['# t', 'goal: 목표입니다', 'hints:', '  - "힌트"']);
  });
});
