import type { Token } from 'markdown-it';
import type { CourseModule, DocumentHeading } from '../courseTypes';
import type { RenderedDocument } from './courseHtml';
import { courseMarkdown } from './courseMarkdown';
import { decideLink } from './linkPolicy';
import type { LinkScope } from './linkPolicy';
import { pointLink, parsedHrefOf } from './linkRule';
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
  /** Indexes in `tokens` of the question blocks, which the reading text has as blank lines. */
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
  const reading = readingTokens(parse);
  const scope = {
    file: context.file,
    currentModuleId: context.currentModuleId,
    isReferences: false,
    moduleIdsByFile: context.moduleIdsByFile,
  };
  const tokens = reading && repointLinks(reading, scope, context.targets);
  if (!tokens) return null;
  const md = courseMarkdown();
  // markdown-it's image rule writes the alt text into the image token as it renders: the same text every time.
  const html = md.renderer.render(tokens, md.options, createRenderEnv(context));
  return { html, headings: parse.headings.map((heading) => ({ ...heading })) };
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
const BLANK_LINE = /^[ \t]*$/;

/**
 * The body's tokens without its question blocks: what parsing the reading text (the blocks as blank lines) gives,
 * except where a list or indented code block before a question block might continue past it in the reading text;
 * then null, and the reading text is parsed instead.
 */
function readingTokens(parse: ModuleParse): Token[] | null {
  const fences = new Set(parse.fenceIndexes);
  let lines: string[] | null = null;
  for (const index of parse.fenceIndexes) {
    let before = index - 1;
    while (fences.has(before)) before--;
    const previous = parse.tokens[before];
    if (!previous || !CONTINUES_OVER_BLANKS.has(previous.type)) continue;
    lines ??= parse.markdown.split('\n');
    const next = lines.slice(parse.tokens[index]?.map?.[1] ?? 0).find((line) => !BLANK_LINE.test(line));
    if (next !== undefined && CONTINUATION_LINE.test(next)) return null;
  }
  return parse.tokens.filter((_, index) => !fences.has(index));
}

/** Copies of the inline blocks that hold kept links, their links pointed at `targets`; null if a link turns refused. */
function repointLinks(tokens: readonly Token[], scope: LinkScope, targets: LinkTargets): Token[] | null {
  const out: Token[] = [];
  for (const block of tokens) {
    if (!block.children?.some((child) => parsedHrefOf(child) !== null)) {
      out.push(block);
      continue;
    }
    const children: Token[] = [];
    for (const child of block.children) {
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
    out.push(Object.assign(copyToken(block), { children }));
  }
  return out;
}

/** A shallow copy with its own attribute list, so pointing a link leaves the kept parse as it was. */
function copyToken(token: Token): Token {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token);
  copy.attrs = token.attrs ? [...token.attrs] : null;
  return copy;
}
