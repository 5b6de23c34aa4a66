import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';

/*
 * Whether an SVG asset is safe to show. An SVG is a document: opened on its own it can run scripts, and even as an
 * <img> it can pull in other files. Only plain drawings pass: no scripts, no event attributes, no foreignObject, no
 * reference to anything outside the file, no DOCTYPE (entities) and no processing instructions (stylesheets).
 *
 * It is read with saxes, a strict, namespace-aware streaming XML parser (the one jsdom uses). Strict, so a file a
 * browser's XML parser would read differently is refused rather than guessed at; namespace-aware, so an href is
 * recognised under any prefix bound to XLink, not only one spelt "xlink:"; and it reports where it is, so the
 * author is told the line. Regular expressions can do none of the three reliably.
 */

const XLINK = 'http://www.w3.org/1999/xlink';
/** Elements that run code, embed other documents or listen for events (compared in lower case). */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'foreignobject',
  'iframe',
  'embed',
  'object',
  'handler',
  'listener',
]);
/** SMIL elements, which could set an href or an event attribute after the file is checked. */
const ANIMATION_ELEMENTS = new Set(['set', 'animate', 'animatetransform', 'animatemotion', 'animatecolor']);
/** A CSS url() that is not a fragment of this file, or an @import. */
const EXTERNAL_CSS = /url\(\s*['"]?\s*(?!#)|@import/i;

/** Why an SVG is refused, and where (1-based line and column in the file). */
export interface SvgProblem {
  line: number;
  column: number;
  reason: string;
}

/** The first reason the SVG text is not safe to show, or null when it is a plain drawing. */
export function findUnsafeSvg(text: string): SvgProblem | null {
  const parser = new SaxesParser({ xmlns: true, position: true });
  let problem: SvgProblem | null = null;
  // Places are found from offsets in the text: saxes reports where it stands, after what it has read.
  const refuse = (reason: string, offset: number) => {
    problem ??= { ...placeOf(text, offset), reason };
  };
  const before = (what: string) => Math.max(0, text.lastIndexOf(what, parser.position - 1));
  let tagStart = 0;
  let textStart = 0;
  // Namespaces are resolved once the whole tag is read, so attributes are judged then, each at its own place.
  const attributeAt = new Map<string, number>();
  let inStyle = 0;
  parser.on('error', (err) =>
    refuse(`it is not well-formed XML (${errorText(err.message)})`, parser.position),
  );
  parser.on('doctype', () =>
    refuse('it has a DOCTYPE, which can define entities; remove it', before('<!DOCTYPE')),
  );
  parser.on('processinginstruction', (pi) =>
    refuse(
      `it has a processing instruction <?${pi.target} ...?>, which can load a stylesheet; remove it`,
      before('<?'),
    ),
  );
  parser.on('opentagstart', (tag) => {
    tagStart = before(`<${tag.name}`);
    attributeAt.clear();
  });
  parser.on('attribute', (attribute) => attributeAt.set(attribute.name, before(attribute.name)));
  parser.on('opentag', (tag) => {
    const reason = elementProblem(tag);
    if (reason) refuse(reason, tagStart);
    for (const attribute of Object.values(tag.attributes)) {
      const found = attributeProblem(attribute);
      if (found) refuse(found, attributeAt.get(attribute.name) ?? tagStart);
    }
    if (tag.local.toLowerCase() === 'style') inStyle++;
    textStart = parser.position;
  });
  parser.on('closetag', (tag) => {
    if (tag.local.toLowerCase() === 'style') inStyle--;
    textStart = parser.position;
  });
  const checkStyleText = (css: string) => {
    const match = inStyle > 0 ? EXTERNAL_CSS.exec(css) : null;
    if (match) {
      const at = text.indexOf(css, textStart);
      refuse(
        'its <style> loads something outside the file (url() or @import); use url(#id) only',
        (at === -1 ? textStart : at) + match.index,
      );
    }
  };
  parser.on('text', checkStyleText);
  parser.on('cdata', checkStyleText);
  try {
    parser.write(text).close();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    refuse(`it is not well-formed XML (${errorText(message)})`, parser.position);
  }
  return problem;
}

function elementProblem(tag: SaxesTagNS): string | null {
  const name = tag.local.toLowerCase();
  if (FORBIDDEN_ELEMENTS.has(name))
    return `it has a <${tag.name}> element, which is not allowed in course images`;
  if (ANIMATION_ELEMENTS.has(name)) {
    const target = (tag.attributes.attributeName?.value ?? '').toLowerCase();
    if (target.endsWith('href') || target.startsWith('on'))
      return `its <${tag.name}> changes "${target}", which is not allowed in course images`;
  }
  return null;
}

function attributeProblem(attribute: SaxesAttributeNS): string | null {
  const local = attribute.local.toLowerCase();
  if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') return null;
  if (local.startsWith('on')) return `it has an event attribute ${attribute.name}, which would run code`;
  if ((local === 'href' && attribute.prefix === '') || attribute.uri === XLINK) {
    return attribute.value.trim().startsWith('#')
      ? null
      : `its ${attribute.name}="${shorten(attribute.value)}" points outside the file; only #id links are allowed`;
  }
  if (EXTERNAL_CSS.test(attribute.value))
    return `its ${attribute.name} loads something outside the file (url() or @import); use url(#id) only`;
  return null;
}

/** The 1-based line and column of an offset in the text. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  const upTo = text.slice(0, Math.min(offset, text.length));
  const lineStart = upTo.lastIndexOf('\n') + 1;
  return { line: upTo.split('\n').length, column: upTo.length - lineStart + 1 };
}

/** saxes starts its messages with the place ("1:5: ..."); the caller names the place itself. */
function errorText(message: string): string {
  return message.replace(/^[^:]*:\d+:\d+:\s*/, '').replace(/\.$/, '');
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}
