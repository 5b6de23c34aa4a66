import type { StateCore } from 'markdown-it';
import { inlineText } from './inlineText';
import { renderEnvOf } from './renderContext';

/**
 * A stable slug for a heading: lowercase letters and digits of any script, words joined by single hyphens
 * ("Dosing & monitoring (IV)" becomes "dosing-monitoring-iv"). Empty headings become "section".
 */
export function slugifyHeading(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/** Gives out slugs that are unique within one document: the second "Summary" becomes "summary-1". */
export class HeadingSlugger {
  private readonly used: Set<string>;

  constructor(reserved: Iterable<string> = []) {
    this.used = new Set(reserved);
  }

  /** A unique id for a heading with this text. */
  next(text: string): string {
    const base = slugifyHeading(text);
    let id = base;
    for (let n = 1; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** Core rule: sets `id` on every heading and lists the headings in the env (for a table of contents). */
export function headingIdsRule(state: StateCore): void {
  const env = renderEnvOf(state.env);
  const slugger = new HeadingSlugger(env?.referenceKeys.map((r) => r.key));
  state.tokens.forEach((token, index) => {
    if (token.type !== 'heading_open') return;
    const text = inlineText(state.tokens[index + 1]?.children ?? null).trim();
    const id = slugger.next(text);
    token.attrSet('id', id);
    env?.headings.push({
      level: Number(token.tag.slice(1)),
      text,
      id,
      line: (token.map?.[0] ?? 0) + env.context.firstLine,
    });
  });
}
