// How close course text comes to the source guide, measured on fingerprints only: the guide itself never enters
// the repository. Two measures, because copying comes in two kinds:
// - exact runs: any 12 consecutive words (case and punctuation ignored) that also occur in the guide;
// - close paraphrase: the same ideas in the same order with words swapped ("could last" for "could persist"). Each
//   course paragraph is reduced to the stems of its content words (stop words dropped, Porter stems), and every
//   window of 12 stems is scored by the share of its 11 adjacent stem pairs found in ONE paragraph of the guide.
//   Original prose about the same facts shares a few pairs ("single dose", "12 hours"); a sentence that follows the
//   guide's own sentence shares most of them.
import { createHash } from 'node:crypto';
import { stemmer } from 'stemmer';
import { eng } from 'stopword';

export const EXACT_RUN_WORDS = 12;
export const PARAPHRASE_WINDOW_STEMS = 12;
/** Share of a window's stem pairs found in one guide paragraph at which the window counts as close paraphrase. */
export const PARAPHRASE_THRESHOLD = 0.5;

const STOP_WORDS = new Set(eng);

/** Lower-case words of letters, digits and apostrophes; curly quotes count as straight ones. */
export function normalizedWords(text) {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

/** Porter stems of the content words, in order (stop words and a trailing possessive dropped). */
export function contentStems(text) {
  return normalizedWords(text)
    .map((word) => word.replace(/'s$/, '').replace(/'/g, ''))
    .filter((word) => word !== '' && !STOP_WORDS.has(word))
    .map((word) => stemmer(word));
}

function shortHash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function runHash(words) {
  return shortHash(words.join(' '));
}

function pairHashes(stems) {
  const hashes = [];
  for (let i = 0; i + 1 < stems.length; i++) hashes.push(shortHash(`${stems[i]} ${stems[i + 1]}`));
  return hashes;
}

/** The fingerprint of a guide: hashes of its 12-word runs, and per paragraph the hashes of its stem pairs. */
export function fingerprintOf(guideText) {
  const words = normalizedWords(guideText);
  const runs = new Set();
  for (let i = 0; i + EXACT_RUN_WORDS <= words.length; i++)
    runs.add(runHash(words.slice(i, i + EXACT_RUN_WORDS)));
  const paragraphs = guideText
    .split(/\n\s*\n/)
    .map((paragraph) => [...new Set(pairHashes(contentStems(paragraph)))].sort())
    .filter((pairs) => pairs.length > 0);
  return {
    exactRunWords: EXACT_RUN_WORDS,
    runs: [...runs].sort().join(' '),
    paragraphPairs: paragraphs.map((pairs) => pairs.join(' ')),
  };
}

/** Reads a stored fingerprint into sets. */
export function loadFingerprint(stored) {
  if (stored.exactRunWords !== EXACT_RUN_WORDS)
    throw new Error('The fingerprint was made with another run length.');
  return {
    runs: new Set(stored.runs.split(' ')),
    paragraphs: stored.paragraphPairs.map((pairs) => new Set(pairs.split(' '))),
  };
}

/** Runs of 12+ words of `text` found in the guide, overlapping matches merged. */
export function copiedRuns(text, fingerprint) {
  const words = normalizedWords(text);
  const runs = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + EXACT_RUN_WORDS <= words.length; i++) {
    if (!fingerprint.runs.has(runHash(words.slice(i, i + EXACT_RUN_WORDS)))) continue;
    if (start >= 0 && i <= end) {
      end = i + EXACT_RUN_WORDS;
      continue;
    }
    if (start >= 0) runs.push(words.slice(start, end).join(' '));
    start = i;
    end = i + EXACT_RUN_WORDS;
  }
  if (start >= 0) runs.push(words.slice(start, end).join(' '));
  return runs;
}

/**
 * The closest guide paragraph to one paragraph of course text: the best share, over every 12-stem window, of the
 * window's stem pairs found in a single guide paragraph. Text shorter than one window scores 0.
 */
export function paraphraseScore(paragraph, fingerprint) {
  const pairs = pairHashes(contentStems(paragraph));
  const windowPairs = PARAPHRASE_WINDOW_STEMS - 1;
  let best = 0;
  for (let start = 0; start + windowPairs <= pairs.length; start++) {
    const window = pairs.slice(start, start + windowPairs);
    for (const guidePairs of fingerprint.paragraphs) {
      const shared = window.filter((pair) => guidePairs.has(pair)).length / windowPairs;
      if (shared > best) best = shared;
    }
  }
  return best;
}
