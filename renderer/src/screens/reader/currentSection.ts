/** A heading of the module that can be bookmarked or listed in the contents. */
export interface SectionHeading {
  id: string;
  text: string;
  level: number;
}

/** How far below the top of the window a heading may be and still count as the section being read. */
const topAllowancePx = 96;

/**
 * The section the learner is reading: the last heading that has reached the top of the window, or the first
 * heading when none has yet.
 */
export function currentSection(container: HTMLElement, headings: SectionHeading[]): SectionHeading | null {
  let current: SectionHeading | null = headings[0] ?? null;
  for (const heading of headings) {
    const element = container.querySelector(`[id="${CSS.escape(heading.id)}"]`);
    if (!element) continue;
    if (element.getBoundingClientRect().top <= topAllowancePx) current = heading;
    else break;
  }
  return current;
}
