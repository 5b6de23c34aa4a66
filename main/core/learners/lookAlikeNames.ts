import unhomoglyph from 'unhomoglyph';

/*
 * Names that look the same on the sign-in list: "Dana Smith" and "Dana Smіth" (a Cyrillic і), or "Dana Srnith".
 * Unicode's answer is the confusables skeleton of UTS #39: two texts that look alike have the same skeleton.
 * unhomoglyph (by markdown-it's maintainers) carries Unicode's confusables.txt as its table; writing our own would
 * mean shipping and updating the same table. Its table is Unicode 13's: look-alikes added to Unicode later than
 * that are not caught by it, but NFKC and the refusal of invisible characters (learnerProfileInput.ts) still apply.
 */

/** The UTS #39 skeleton of a text: NFD, each confusable character replaced by its prototype, NFD again. */
export function confusableSkeleton(text: string): string {
  return unhomoglyph(text.normalize('NFD')).normalize('NFD');
}

/** True when two names would look the same on screen, as they are or in other capitals ("DANA" and "Dana"). */
export function namesLookAlike(a: string, b: string): boolean {
  return (
    confusableSkeleton(a) === confusableSkeleton(b) ||
    confusableSkeleton(a.toLowerCase()) === confusableSkeleton(b.toLowerCase())
  );
}
