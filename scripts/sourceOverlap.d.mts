/** A guide's fingerprint as stored in tests/fixtures/content/source-guide-fingerprint.json. */
export interface StoredFingerprint {
  exactRunWords: number;
  /** Space-separated hashes of every run of `exactRunWords` normalised words. */
  runs: string;
  /** Per guide paragraph, space-separated hashes of its adjacent content-stem pairs. */
  paragraphPairs: string[];
}

/** A stored fingerprint read into sets. */
export interface Fingerprint {
  runs: Set<string>;
  paragraphs: Set<string>[];
}

export const EXACT_RUN_WORDS: number;
export const PARAPHRASE_WINDOW_STEMS: number;
export const PARAPHRASE_THRESHOLD: number;
export function normalizedWords(text: string): string[];
export function contentStems(text: string): string[];
export function fingerprintOf(guideText: string): StoredFingerprint;
export function loadFingerprint(stored: StoredFingerprint): Fingerprint;
export function copiedRuns(text: string, fingerprint: Fingerprint): string[];
export function paraphraseScore(paragraph: string, fingerprint: Fingerprint): number;
