/**
 * The subset of Go templates docktutor evaluates for `inspect -f`: fields (`.State.Status`, `.`),
 * `json X`, `index X "key" 0`, `{{range X}}...{{else}}...{{end}}` and `{{if X}}...{{else}}...{{end}}`.
 * Anything else Go accepts is refused by name (TemplateError 'unsupported'); what Go itself refuses
 * gets Go's own message (TemplateError 'parse'). One pass over the lexer's items, a stack of open
 * blocks. Pure.
 */
import { goPosition, TemplateError } from './errors.js';
import { lexTemplate, type Token } from './lex.js';

export type Operand =
  /** `.A.B` (chain ['A', 'B']) or `.` (chain []). */
  | { type: 'field'; chain: string[]; text: string; pos: number }
  | { type: 'string'; value: string; text: string; pos: number }
  | { type: 'number'; value: number; text: string; pos: number };

export type Command =
  | { type: 'value'; operand: Operand }
  | { type: 'json'; arg: Operand; text: string; pos: number }
  | { type: 'index'; target: Operand; keys: Operand[]; text: string; pos: number };

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'action'; command: Command }
  | { type: 'range' | 'if'; command: Command; body: TemplateNode[]; otherwise: TemplateNode[] | undefined };

/** Go's and docker's template functions: valid in a docker template, but not evaluated by docktutor. */
const KNOWN_FUNCTIONS = new Set(
  'and call html js len not or print printf println slice urlquery eq ge gt le lt ne split join title lower upper pad truncate true false'.split(' '),
);
const KEYWORDS = new Set(['with', 'define', 'template', 'block', 'break', 'continue']);

interface Block {
  node: Extract<TemplateNode, { type: 'range' | 'if' }>;
  inElse: boolean;
}

export function parseTemplate(source: string): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: Block[] = [];
  const current = () => {
    const top = stack[stack.length - 1];
    return top === undefined ? root : top.inElse ? top.node.otherwise! : top.node.body;
  };
  const lineAt = (pos: number) => goPosition(source, pos).split(':')[0]!;
  const locate = (pos: number) => goPosition(source, pos);
  for (const item of lexTemplate(source)) {
    if (item.type === 'text') {
      current().push({ type: 'text', text: item.text });
      continue;
    }
    const [first, ...rest] = item.tokens;
    const unsupported = () => new TemplateError('unsupported', item.source);
    if (first?.type === 'ident' && (first.text === 'end' || first.text === 'else')) {
      const top = stack[stack.length - 1];
      if (!top || (first.text === 'else' && top.inElse)) throw new TemplateError('parse', `template: :${lineAt(item.pos)}: unexpected {{${first.text}}}`);
      if (rest.length > 0) throw unsupported();
      if (first.text === 'end') stack.pop();
      else {
        top.inElse = true;
        top.node.otherwise = [];
      }
      continue;
    }
    if (first?.type === 'ident' && (first.text === 'range' || first.text === 'if')) {
      if (rest.length === 0) throw new TemplateError('parse', `template: :${lineAt(item.pos)}: missing value for ${first.text}`);
      const node: Block['node'] = { type: first.text, command: readCommand(rest, unsupported, lineAt(item.pos), locate), body: [], otherwise: undefined };
      current().push(node);
      stack.push({ node, inElse: false });
      continue;
    }
    if (first?.type === 'ident' && KEYWORDS.has(first.text)) throw unsupported();
    if (first === undefined) throw new TemplateError('parse', `template: :${lineAt(item.pos)}: missing value for command`);
    current().push({ type: 'action', command: readCommand(item.tokens, unsupported, lineAt(item.pos), locate) });
  }
  if (stack.length > 0) throw new TemplateError('parse', 'template: :' + lineAt(source.length) + ': unexpected EOF');
  return root;
}

function readCommand(tokens: Token[], unsupported: () => TemplateError, line: string, locate: (pos: number) => string): Command {
  if (tokens.some((token) => token.type === 'other')) throw unsupported();
  const words = joinChains(tokens);
  const [head, ...args] = words;
  if (head!.type === 'ident') {
    const name = head!.text;
    if (name !== 'json' && name !== 'index') {
      if (name === 'nil') throw new TemplateError('parse', `template: :${line}: nil is not a command`);
      if (KNOWN_FUNCTIONS.has(name)) throw unsupported();
      throw new TemplateError('parse', `template: :${line}: function "${name}" not defined`);
    }
    const operands = args.map((word) => toOperand(word, unsupported));
    const text = [name, ...operands.map((operand) => operand.text)].join(' ');
    if (name === 'json') {
      if (operands.length !== 1) throw wrongArgs(locate(head!.pos), text, `wrong number of args for json: want 1 got ${operands.length}`);
      return { type: 'json', arg: operands[0]!, text, pos: head!.pos };
    }
    if (operands.length === 0) throw wrongArgs(locate(head!.pos), text, 'wrong number of args for index: want at least 1 got 0');
    return { type: 'index', target: operands[0]!, keys: operands.slice(1), text, pos: head!.pos };
  }
  // A lone literal prints itself in Go, and `.A .B` is an error there: neither is a form learners need.
  if (args.length > 0 || head!.type !== 'field') throw unsupported();
  return { type: 'value', operand: toOperand(head!, unsupported) };
}

type Word = Token | Operand;

/** Adjacent field tokens (`.A` `.B` with nothing between them) are one chain `.A.B`. */
function joinChains(tokens: Token[]): Word[] {
  const words: Word[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.type === 'dot') {
      words.push({ type: 'field', chain: [], text: '.', pos: token.pos });
      continue;
    }
    if (token.type !== 'field') {
      words.push(token);
      continue;
    }
    const chain = [token];
    while (tokens[index + 1]?.type === 'field' && tokens[index + 1]!.pos === tokens[index]!.pos + tokens[index]!.text.length) chain.push(tokens[++index]!);
    // Go places a chain at its second field (its parser's chain node), a single field at itself.
    words.push({ type: 'field', chain: chain.map((field) => field.text.slice(1)), text: chain.map((field) => field.text).join(''), pos: chain[chain.length > 1 ? 1 : 0]!.pos });
  }
  return words;
}

function toOperand(word: Word, unsupported: () => TemplateError): Operand {
  if (word.type === 'field') return word as Operand;
  const token = word as Token;
  if (token.type === 'string') return { type: 'string', value: token.value!, text: token.text, pos: token.pos };
  if (token.type === 'number' && /^[+-]?\d+$/.test(token.text)) return { type: 'number', value: Number(token.text), text: token.text, pos: token.pos };
  throw unsupported();
}

function wrongArgs(where: string, text: string, message: string): TemplateError {
  return new TemplateError('exec', `template: :${where}: executing "" at <${text}>: ${message}`);
}
