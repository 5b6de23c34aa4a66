import type { Token } from 'markdown-it';
import type { CourseModule, DocumentHeading } from '../courseTypes';
import type { RenderedDocument } from './courseHtml';
import { courseMarkdown } from './courseMarkdown';
import { decideLink } from './linkPolicy';
import type { LinkScope } from './linkPolicy';
import { holdsKeptLink, pointLink, parsedHrefOf } from './linkRule';
import { createRenderEnv } from './renderContext';
import type { LinkTargets, RenderContext } from './renderContext';

/**
 * The loader's parse of one module body (reading text and question blocks), kept so that rendering the module does
 * not parse it again. Links were pointed at check targets; rendering re-points them at the caller's targets.
 */
export interface ModuleParse {
  /** The module's reading markdown this parse stands for; a module whose text changed is parsed afresh. */
  markdown: string;
  tokens: readonly Token[];
  /** Indexes in `tokens` of the question blocks (in token order), which the reading text has as blank lines. */
  fenceIndexes: readonly number[];
  headings: readonly DocumentHeading[];
  /** The context the body was parsed with: images were decided, and links kept or refused, under it. */
  context: Pick<RenderContext, 'courseId' | 'rootDir' | 'file' | 'firstLine' | 'moduleIdsByFile'>;
}

// Keyed by the module object, so a parse lives exactly as long as the loaded course that holds the module.
const parses = new WeakMap<CourseModule, ModuleParse>();

/**
 * Characters of module body kept parsed per loaded course: about 150,000 words, more than a long course has. Tokens
 * take about as much memory again as their text, so a course beyond it keeps parses only for its first modules.
 */
const KEPT_PARSE_CHARS = 1_000_000;

/** Keeps the loader's module parses of one course for their later renders, within KEPT_PARSE_CHARS. */
export class ModuleParseKeeper {
  private keptChars = 0;

  /** Keeps the parse of a body of `bodyChars` characters if it still fits the course's budget. */
  keep(module: CourseModule, parse: ModuleParse, bodyChars: number): void {
    if (this.keptChars + bodyChars > KEPT_PARSE_CHARS) return;
    this.keptChars += bodyChars;
    parses.set(module, parse);
  }
}

/**
 * Renders a module from its kept parse: the same HTML and headings as parsing `module.markdown` with `context`.
 * Null when there is no usable parse (another module object, changed text or context), so the caller parses.
 */
export function renderParsedModule(module: CourseModule, context: RenderContext): RenderedDocument | null {
  const parse = parses.get(module);
  if (!parse || !fitsContext(parse, module, context) || context.currentModuleId === null) return null;
  if (!readingTextParsesAlike(parse)) return null;
  const scope = {
    file: context.file,
    currentModuleId: context.currentModuleId,
    isReferences: false,
    moduleIdsByFile: context.moduleIdsByFile,
  };
  const tokens = readingTokens(parse, scope, context.targets);
  if (!tokens) return null;
  const md = courseMarkdown();
  // markdown-it's image rule writes the alt text into the image token as it renders: the same text every time.
  const html = md.renderer.render(tokens, md.options, createRenderEnv(context));
  return { html, headings: parse.headings.map(copyHeading) };
}

/** A copy of a heading, written out key by key (V8 spreads it on its slow path). */
export function copyHeading(heading: DocumentHeading): DocumentHeading {
  return { level: heading.level, text: heading.text, id: heading.id, line: heading.line };
}

/** Images and kept links depend on these; link targets do not, they are re-pointed. */
function fitsContext(parse: ModuleParse, module: CourseModule, context: RenderContext): boolean {
  const kept = parse.context;
  return (
    context.kind === 'module' &&
    parse.markdown === module.markdown &&
    kept.file === context.file &&
    kept.firstLine === context.firstLine &&
    kept.courseId === context.courseId &&
    kept.rootDir === context.rootDir &&
    sameKeys(kept.moduleIdsByFile, context.moduleIdsByFile)
  );
}

/** Whether a link is kept depends only on which module files exist, not on their ids. */
function sameKeys(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const key of a.keys()) if (!b.has(key)) return false;
  return true;
}

/** Block tokens that may go on over blank lines, and so could take in what follows a blanked question block. */
const CONTINUES_OVER_BLANKS = new Set(['bullet_list_close', 'ordered_list_close', 'code_block']);
/** A line that could continue a list item or an indented code block, or start another item of a list. */
const CONTINUATION_LINE = /^([ \t]|([-+*]|\d+[.)])([ \t]|$))/;
/** A character of a line that is not blank (blank lines hold only spaces and tabs). */
const NOT_BLANK = /[^ \t\n]/g;

/**
 * Whether the body's tokens without its question blocks are what parsing the reading text (the blocks as blank
 * lines) gives. Not where a list or indented code block before a question block might continue past it in the
 * reading text; then the reading text is parsed instead.
 */
function readingTextParsesAlike(parse: ModuleParse): boolean {
  const fences = new Set(parse.fenceIndexes);
  const text = parse.markdown;
  // The fences are in order, so the line after each is found by walking on from the one before.
  let line = 0;
  let offset: number | null = 0;
  for (const index of parse.fenceIndexes) {
    let before = index - 1;
    while (fences.has(before)) before--;
    const previous = parse.tokens[before];
    if (!previous || !CONTINUES_OVER_BLANKS.has(previous.type)) continue;
    const after = parse.tokens[index]?.map?.[1] ?? 0;
    for (; line < after && offset !== null; line++) {
      const lineBreak = text.indexOf('\n', offset);
      offset = lineBreak === -1 ? null : lineBreak + 1;
    }
    const next = offset === null ? undefined : firstNonBlankLine(text, offset);
    if (next !== undefined && CONTINUATION_LINE.test(next)) return false;
  }
  return true;
}

/** The first line that is not blank, from the line starting at `from` on; undefined when there is none. */
function firstNonBlankLine(text: string, from: number): string | undefined {
  NOT_BLANK.lastIndex = from;
  const found = NOT_BLANK.exec(text);
  if (!found) return undefined;
  const end = text.indexOf('\n', found.index);
  return text.slice(text.lastIndexOf('\n', found.index) + 1, end === -1 ? text.length : end);
}

/**
 * The body's tokens without its question blocks, in one pass: inline blocks that hold kept links are copied with
 * their links pointed at `targets`. Null if a link turns refused.
 */
function readingTokens(parse: ModuleParse, scope: LinkScope, targets: LinkTargets): Token[] | null {
  const out: Token[] = [];
  let nextFence = 0;
  for (let index = 0; index < parse.tokens.length; index++) {
    // fenceIndexes are in token order.
    if (index === parse.fenceIndexes[nextFence]) {
      nextFence++;
      continue;
    }
    const block = parse.tokens[index] as Token;
    const pointed = holdsKeptLink(block) ? repointLinks(block, scope, targets) : block;
    if (!pointed) return null;
    out.push(pointed);
  }
  return out;
}

/** A copy of an inline block, its kept links pointed at `targets`; null if a link turns refused. */
function repointLinks(block: Token, scope: LinkScope, targets: LinkTargets): Token | null {
  const children: Token[] = [];
  for (const child of block.children ?? []) {
    const href = parsedHrefOf(child);
    const decision = href === null ? null : decideLink(href, scope);
    if (decision?.kind === 'refused') return null;
    if (decision) {
      const link = copyToken(child);
      pointLink(link, decision, targets);
      children.push(link);
    } else {
      children.push(child);
    }
  }
  return Object.assign(copyToken(block), { children });
}

/** A shallow copy with its own attribute list, so pointing a link leaves the kept parse as it was. */
function copyToken(token: Token): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.attrs = token.attrs ? [...token.attrs] : null;
  return copy;
}
