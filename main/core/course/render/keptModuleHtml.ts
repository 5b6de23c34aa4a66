import type { Token } from 'markdown-it';
import type { CourseModule, DocumentHeading } from '../courseTypes';
import type { RenderedDocument } from './courseHtml';
import { courseMarkdown } from './courseMarkdown';
import { decideLink } from './linkPolicy';
import { inAppHref } from './linkRule';
import type { KeptLink, RenderContext } from './renderContext';

/**
 * The loader's parse of one module body (reading text and question blocks), handed to the keeper so that the
 * module's HTML is rendered while the tokens are at hand, and not parsed again when the module is opened.
 */
export interface ModuleParse {
  /** The module's reading markdown this parse stands for; a module whose text changed is parsed afresh. */
  markdown: string;
  /** Handed over to the keeper, which points their in-app links at marks and renders them. */
  tokens: readonly Token[];
  /** Indexes in `tokens` of the question blocks (in token order), which the reading text has as blank lines. */
  fenceIndexes: readonly number[];
  headings: readonly DocumentHeading[];
  /** The links the link rule kept while parsing (the parse's env). */
  keptLinks: readonly KeptLink[];
  /** The context the body was parsed with: images were decided, and links kept or refused, under it. */
  context: KeptContext;
}

type KeptContext = Pick<RenderContext, 'courseId' | 'rootDir' | 'file' | 'firstLine' | 'moduleIdsByFile'>;

/**
 * A module's HTML as the loader rendered it, cut where each in-app link's href goes. Strings, not tokens: while a
 * course loads, tokens kept for later were copied by every young-generation collection; a string is one object.
 */
export interface KeptHtml {
  markdown: string;
  /** The HTML around the in-app hrefs: one piece more than there are hrefs. */
  pieces: readonly string[];
  /** The parsed href of each in-app link, in document order. */
  inAppHrefs: readonly string[];
  headings: readonly DocumentHeading[];
  context: KeptContext;
}

// Keyed by the module object, so kept HTML lives exactly as long as the loaded course that holds the module.
const keptHtml = new WeakMap<CourseModule, KeptHtml>();

/**
 * Characters of module body kept rendered per loaded course: about 150,000 words, more than a long course has. A
 * course beyond it keeps HTML only for its first modules; the others are parsed when opened.
 */
const KEPT_BODY_CHARS = 1_000_000;

/** Where an in-app href goes. markdown-it turns NUL in the source into U+FFFD, so no other NUL is in the HTML. */
const HREF_MARK = '\u0000';

/** Keeps the rendered HTML of each module of one course, within KEPT_BODY_CHARS. */
export class ModuleHtmlKeeper {
  private keptChars = 0;

  /**
   * Renders the HTML of a module body of `bodyChars` characters for keeping, if it still fits the course's budget;
   * null when it does not. Called as soon as the body is parsed, so that its tokens can go before the module's
   * questions are read: while they live, every young-generation collection copies them.
   */
  render(parse: ModuleParse, bodyChars: number): KeptHtml | null {
    if (this.keptChars + bodyChars > KEPT_BODY_CHARS || !readingTextParsesAlike(parse)) return null;
    const kept = renderForKeeping(parse);
    if (kept.pieces.length !== kept.inAppHrefs.length + 1) return null;
    this.keptChars += bodyChars;
    return kept;
  }

  /** Keeps HTML rendered by `render` for the module read from that body. */
  keep(module: CourseModule, kept: KeptHtml): void {
    keptHtml.set(module, kept);
  }
}

/**
 * Renders a module from its kept HTML: the same HTML and headings as parsing `module.markdown` with `context`.
 * Null when there is none that fits (another module object, changed text or context), so the caller parses.
 */
export function renderKeptModule(module: CourseModule, context: RenderContext): RenderedDocument | null {
  const kept = keptHtml.get(module);
  if (!kept || !fitsContext(kept, module, context) || context.currentModuleId === null) return null;
  const scope = {
    file: context.file,
    currentModuleId: context.currentModuleId,
    isReferences: false,
    moduleIdsByFile: context.moduleIdsByFile,
  };
  const { escapeHtml } = courseMarkdown().utils;
  let html = kept.pieces[0] ?? '';
  for (let i = 0; i < kept.inAppHrefs.length; i++) {
    const href = inAppHref(decideLink(kept.inAppHrefs[i] as string, scope), context.targets);
    if (href === null) return null;
    html += escapeHtml(href) + kept.pieces[i + 1];
  }
  return { html, headings: kept.headings.map(copyHeading) };
}

/** A copy of a heading, written out key by key (V8 spreads it on its slow path). */
export function copyHeading(heading: DocumentHeading): DocumentHeading {
  return { level: heading.level, text: heading.text, id: heading.id, line: heading.line };
}

function renderForKeeping(parse: ModuleParse): KeptHtml {
  const inAppHrefs: string[] = [];
  for (const link of parse.keptLinks) {
    if (link.decision.kind !== 'module' && link.decision.kind !== 'references') continue;
    link.token.attrSet('href', HREF_MARK);
    inAppHrefs.push(link.parsedHref);
  }
  const md = courseMarkdown();
  // The parse's rules did their work; the renderer's rules read nothing from the env.
  const html = md.renderer.render(withoutFences(parse), md.options, {});
  const { markdown, headings, context } = parse;
  return { markdown, pieces: html.split(HREF_MARK), inAppHrefs, headings, context };
}

/** The body's tokens without its question blocks. */
function withoutFences(parse: ModuleParse): Token[] {
  const out: Token[] = [];
  let nextFence = 0;
  for (let index = 0; index < parse.tokens.length; index++) {
    // fenceIndexes are in token order.
    if (index === parse.fenceIndexes[nextFence]) nextFence++;
    else out.push(parse.tokens[index] as Token);
  }
  return out;
}

/** Images and kept links depend on these; link targets do not, they are filled in. */
function fitsContext(kept: KeptHtml, module: CourseModule, context: RenderContext): boolean {
  const at = kept.context;
  return (
    context.kind === 'module' &&
    kept.markdown === module.markdown &&
    at.file === context.file &&
    at.firstLine === context.firstLine &&
    at.courseId === context.courseId &&
    at.rootDir === context.rootDir &&
    sameKeys(at.moduleIdsByFile, context.moduleIdsByFile)
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
