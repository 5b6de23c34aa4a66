import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  copiedRuns,
  fingerprintOf,
  loadFingerprint,
  paraphraseScore,
  PARAPHRASE_THRESHOLD,
  type StoredFingerprint,
} from '../../../scripts/sourceOverlap.mjs';

// The bundled course may state the source guide's facts but must not reuse its sentences, copied or closely
// paraphrased. The guide is not part of this repository: the test compares the course with a fingerprint of it
// (hashes only), which `npm run content:fingerprint -- <guide.txt>` regenerates where the guide is at hand.
const courseDir = path.resolve('courses/ketamine-therapy');
const fixtures = path.resolve('tests/fixtures/content');
const stored = JSON.parse(
  fs.readFileSync(path.join(fixtures, 'source-guide-fingerprint.json'), 'utf8'),
) as StoredFingerprint;
const guide = loadFingerprint(stored);

// references.md must quote each citation exactly as published, and some cited titles also appear in the guide's
// reading list. A `- [key] ...` bibliography entry is a citation, not prose, so it is skipped.
const CITATION_ENTRY = /^[-*] \[[a-z0-9]+(?:-[a-z0-9]+)*\][ \t]/;

/** Every .md and .yml file of the package, relative to it. */
function courseFiles(dir: string, prefix = ''): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.posix.join(prefix, entry.name);
      if (entry.isDirectory()) return courseFiles(path.join(dir, entry.name), relative);
      return /\.(md|ya?ml)$/i.test(entry.name) ? [relative] : [];
    })
    .sort();
}

/** A course file's prose: bibliography entries of references.md dropped, other lines kept in place (blanked). */
function proseText(file: string, text: string): string {
  if (file !== 'references.md') return text;
  return text
    .split('\n')
    .map((line) => (CITATION_ENTRY.test(line) ? '' : line))
    .join('\n');
}

/** Blocks of consecutive non-blank lines, with the 1-based line each starts on. */
function blocksOf(text: string): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  text.split('\n').forEach((line, index) => {
    const last = blocks.at(-1);
    if (line.trim() === '') return;
    if (last && last.line + last.text.split('\n').length === index + 1) last.text += `\n${line}`;
    else blocks.push({ line: index + 1, text: line });
  });
  return blocks;
}

/** The paragraphs of a fixture file: blank-line separated, HTML comments dropped. */
function fixtureParagraphs(file: string): string[] {
  return fs
    .readFileSync(path.join(fixtures, file), 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}

describe('the measures themselves, on a made-up guide', () => {
  const madeUp = loadFingerprint(
    fingerprintOf(
      'The river ferry crossed twice daily, carrying grain merchants and their heavy carts to the northern market.\n\n' +
        'Lanterns along the harbour wall were lit at dusk by the keeper, who walked the full length each evening.',
    ),
  );

  test('an exact run is found however it is cased and punctuated', () => {
    const disguised =
      'Intro. THE RIVER FERRY CROSSED TWICE, DAILY; CARRYING GRAIN MERCHANTS AND THEIR HEAVY CARTS TO THE NORTHERN MARKET!';
    expect(copiedRuns(disguised, madeUp)).toEqual([
      'the river ferry crossed twice daily carrying grain merchants and their heavy carts to the northern market',
    ]);
  });

  test('a close paraphrase with swapped words scores high; the same facts told anew score low', () => {
    const paraphrase =
      'Each evening at dusk the keeper lit the lanterns lining the harbour wall, walking its full length, while the ' +
      'ferry crossed the river twice daily with grain merchants and heavy carts bound for the northern market.';
    const retold =
      'Grain reached the northern market by boat: two sailings a day. In the port, one attendant handled all the ' +
      'lighting at nightfall, working from one end of the quay to the other.';
    expect(paraphraseScore(paraphrase, madeUp)).toBeGreaterThanOrEqual(PARAPHRASE_THRESHOLD);
    expect(paraphraseScore(retold, madeUp)).toBeLessThan(PARAPHRASE_THRESHOLD);
    expect(copiedRuns(paraphrase, madeUp)).toEqual([]);
  });
});

describe('no sentence of the bundled course is copied or closely paraphrased from the source guide', () => {
  const files = courseFiles(courseDir);

  test('the fingerprint covers the whole guide', () => {
    expect(guide.runs.size).toBeGreaterThan(4000);
    expect(guide.paragraphs.length).toBeGreaterThan(100);
  });

  test('the paraphrase measure flags the close paraphrases found in the first edition', () => {
    // The review named eleven passages; these eight follow the guide's sentences closely enough to be caught by
    // the measure. The other three (01:37, 07:33, 09:61 of edition 1) restated lists of the guide's facts in a new
    // order and share under a fifth of their word pairs with it; they were rewritten by hand.
    const passages = fixtureParagraphs('edition1-close-paraphrases.md');
    expect(passages).toHaveLength(8);
    for (const passage of passages) {
      expect(paraphraseScore(passage, guide), passage.slice(0, 80)).toBeGreaterThanOrEqual(
        PARAPHRASE_THRESHOLD,
      );
    }
  });

  test('original prose about the same facts is not flagged', () => {
    const prose =
      'Ketamine blocks the NMDA receptor from inside its open channel. The psychiatric research dose is 0.5 mg/kg ' +
      'given intravenously over 40 minutes, and the World Health Organization has listed it as an essential ' +
      'medicine since 1985.';
    expect(paraphraseScore(prose, guide)).toBeLessThan(PARAPHRASE_THRESHOLD);
    expect(copiedRuns(prose, guide)).toEqual([]);
  });

  test('every .md and .yml file of the package is free of copied runs and close paraphrase', () => {
    expect(files).toEqual(
      expect.arrayContaining(['course.yml', 'references.md', 'post-test.yml', 'evaluation.yml']),
    );
    expect(files.filter((file) => file.startsWith('modules/'))).toHaveLength(10);
    const found = files.flatMap((file) => {
      const text = proseText(file, fs.readFileSync(path.join(courseDir, file), 'utf8'));
      const copied = copiedRuns(text, guide).map((run) => `${file}: copied run "${run}"`);
      const paraphrased = blocksOf(text)
        .map((block) => ({ ...block, score: paraphraseScore(block.text, guide) }))
        .filter((block) => block.score >= PARAPHRASE_THRESHOLD)
        .map(
          (block) =>
            `${file}:${block.line}: close paraphrase (${block.score.toFixed(2)}) "${block.text.slice(0, 100)}"`,
        );
      return [...copied, ...paraphrased];
    });
    expect(found, `text taken from the source guide:\n${found.join('\n')}`).toEqual([]);
  });

  test('only bibliography entries of references.md are exempt, and blocks keep their line numbers', () => {
    const text =
      '# References\n\nIntro.\n\n- [a-key] Quoted title here.\n* [b-key] Another.\nA line with [c-key] in it.';
    expect(blocksOf(proseText('references.md', text))).toEqual([
      { line: 1, text: '# References' },
      { line: 3, text: 'Intro.' },
      { line: 7, text: 'A line with [c-key] in it.' },
    ]);
    expect(proseText('modules/01-origins.md', text)).toBe(text);
  });
});
