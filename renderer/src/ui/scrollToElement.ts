/** True when the learner asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Scrolls an element into view and moves keyboard focus to it, without touching the address: the hash belongs
 * to the router, so in-page links must not set it.
 */
export function scrollToElement(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'start' });
  element.focus({ preventScroll: true });
}

/** Scrolls to the element with this id inside `container` (ids in course html are unique per document). */
export function scrollToId(container: HTMLElement | null, id: string): boolean {
  const element = container?.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
  if (!element) return false;
  scrollToElement(element);
  return true;
}
