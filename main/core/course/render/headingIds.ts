import type { StateCore, Token } from 'markdown-it';
import { inlineText } from './inlineText';
import { renderEnvOf } from './renderContext';

const PRINTABLE_ASCII = /^[ -~]*$/;

/**
 * A stable slug for a heading: lowercase letters and digits of any script, words joined by single hyphens
 * ("Dosing & monitoring (IV)" becomes "dosing-monitoring-iv"). Empty headings become "section".
 */
export function slugifyHeading(text: string): string {
  // ASCII text is its own NFC form, and its letters and digits are a-z and 0-9 once lowercased.
  const kept = PRINTABLE_ASCII.test(text)
    ? text.toLowerCase().replace(/[^a-z0-9\s-]/g, '')
    : text
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s-]/gu, '');
  const slug = kept
    .trim()
    .replace(/[\s-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'section' : slug;
}

/**
 * Gives out slugs that are unique within one document: the second "Summary" becomes "summary-1". Each base slug
 * remembers the last suffix it gave, so n identical headings take n steps, not n²/2 (20,000 identical headings
 * once took 38 s).
 */
export class HeadingSlugger {
  private readonly used: Set<string>;
  /** The next suffix to try for each base slug; every suffix below it is taken already. */
  private readonly nextSuffix = new Map<string, number>();

  constructor(reserved: Iterable<string> = []) {
    this.used = new Set(reserved);
  }

  /** A unique id for a heading with this text. */
  next(text: string): string {
    const base = slugifyHeading(text);
    let id = base;
    if (this.used.has(id)) {
      // Ids are only ever added, so a suffix found taken stays taken: the search resumes where it stopped.
      let n = this.nextSuffix.get(base) ?? 1;
      while (this.used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      this.nextSuffix.set(base, n + 1);
    }
    this.used.add(id);
    return id;
  }
}

/** Core rule: sets `id` on every heading and lists the headings in the env (for a table of contents). */
export function headingIdsRule(state: StateCore): void {
  const env = renderEnvOf(state.env);
  const slugger = new HeadingSlugger(env?.referenceKeys.map((r) => r.key));
  const tokens = state.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type !== 'heading_open') continue;
    const text = inlineText(tokens[index + 1]?.children ?? null).trim();
    const id = slugger.next(text);
    token.attrSet('id', id);
    env?.headings.push({
      level: Number(token.tag.slice(1)),
      text,
      id,
      line: (token.map?.[0] ?? 0) + env.context.firstLine,
    });
  }
}
