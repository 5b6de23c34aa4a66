import { expect } from 'vitest';

/** Every attribute of every start tag in rendered HTML, with entities decoded so hidden schemes show. */
export function htmlAttributes(html: string): Array<{ tag: string; name: string; value: string }> {
  const found: Array<{ tag: string; name: string; value: string }> = [];
  for (const tag of html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)(\s[^>]*)?>/g)) {
    for (const attr of (tag[2] ?? '').matchAll(/([^\s=]+)(?:="([^"]*)")?/g)) {
      found.push({
        tag: tag[1] ?? '',
        name: (attr[1] ?? '').toLowerCase(),
        value: decodeEntities(attr[2] ?? ''),
      });
    }
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const ALLOWED_TAGS = new Set(
  'p a img em strong code pre span br hr h1 h2 h3 h4 h5 h6 ul ol li blockquote table thead tbody tr th td s'.split(
    ' ',
  ),
);

/**
 * Asserts rendered course HTML is safe: no script or other active tag, no event handler attribute, and every
 * href/src is one the link policy allows (https:, mailto:, an in-app target, or a package asset).
 */
export function expectSafeHtml(html: string, inAppPrefixes: string[], courseId: string): void {
  expect(html).not.toMatch(/<(script|iframe|svg|object|embed|style|form|input|math)/i);
  for (const attr of htmlAttributes(html)) {
    expect(ALLOWED_TAGS.has(attr.tag.toLowerCase()), `tag <${attr.tag}>`).toBe(true);
    expect(attr.name.startsWith('on'), `attribute ${attr.name}`).toBe(false);
    // The app's CSP drops inline styles, so the renderer never relies on one (table alignment is a class).
    expect(attr.name, `attribute ${attr.name} on <${attr.tag}>`).not.toBe('style');
    if (attr.name === 'href') {
      const allowed = ['https://', 'mailto:', ...inAppPrefixes].some((p) =>
        attr.value.toLowerCase().startsWith(p),
      );
      expect(allowed, `href ${attr.value}`).toBe(true);
    }
    if (attr.name === 'src')
      expect(attr.value.startsWith(`/course-asset/${courseId}/`), `src ${attr.value}`).toBe(true);
  }
}
