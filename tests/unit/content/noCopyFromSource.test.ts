import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

// The bundled course may state the source guide's facts but must not reuse its sentences: no run of RUN_LENGTH
// or more consecutive words may match it. The guide itself is not part of this repository, so the test keeps a
// fingerprint of it (a short hash of every 12-word run) and checks the course against that.
const RUN_LENGTH = 12;
const courseDir = path.resolve('courses/ketamine-therapy');
const fingerprintFile = path.resolve('tests/unit/content/sourceGuideRuns.json');
const sourceGuideFile = path.resolve('../shared/source/ketamine-treatment-guide.txt');
const hasSourceGuide = fs.existsSync(sourceGuideFile);

// references.md must quote each citation exactly as the curriculum gives it, and some cited titles also appear in
// the source guide's reading list. A `- [key] ...` bibliography entry is a citation, not prose, so it is skipped.
const CITATION_ENTRY = /^[-*] \[[a-z0-9]+(?:-[a-z0-9]+)*\][ \t]/;

interface CopiedRun {
  file: string;
  run: string;
}

function normalizedWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .split(' ')
    .filter((word) => word !== '');
}

function runHash(words: string[]): string {
  return createHash('sha256').update(words.join(' ')).digest('hex').slice(0, 16);
}

function runHashes(text: string): Set<string> {
  const words = normalizedWords(text);
  const hashes = new Set<string>();
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) hashes.add(runHash(words.slice(i, i + RUN_LENGTH)));
  return hashes;
}

function readFingerprint(): Set<string> {
  const stored = JSON.parse(fs.readFileSync(fingerprintFile, 'utf8')) as {
    runLength: number;
    hashes: string;
  };
  expect(stored.runLength).toBe(RUN_LENGTH);
  return new Set(stored.hashes.split(' '));
}

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

function checkedText(file: string, text: string): string {
  if (file !== 'references.md') return text;
  return text
    .split('\n')
    .filter((line) => !CITATION_ENTRY.test(line))
    .join('\n');
}

/** The copied runs of one text, overlapping 12-word matches merged into one longer run each. */
function copiedRuns(file: string, text: string, source: Set<string>): CopiedRun[] {
  const words = normalizedWords(text);
  const runs: CopiedRun[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i + RUN_LENGTH <= words.length; i++) {
    if (!source.has(runHash(words.slice(i, i + RUN_LENGTH)))) continue;
    if (start >= 0 && i <= end) {
      end = i + RUN_LENGTH;
      continue;
    }
    if (start >= 0) runs.push({ file, run: words.slice(start, end).join(' ') });
    start = i;
    end = i + RUN_LENGTH;
  }
  if (start >= 0) runs.push({ file, run: words.slice(start, end).join(' ') });
  return runs;
}

describe('no sentence of the bundled course is copied from the source guide', () => {
  const source = readFingerprint();

  test.runIf(hasSourceGuide)(
    'the fingerprint is current with the source guide, where the guide is at hand',
    () => {
      const current = runHashes(fs.readFileSync(sourceGuideFile, 'utf8'));
      if (process.env.UPDATE_SOURCE_RUNS === '1') {
        const hashes = [...current].sort().join(' ');
        const body = { source: path.basename(sourceGuideFile), runLength: RUN_LENGTH, hashes };
        fs.writeFileSync(fingerprintFile, `${JSON.stringify(body, null, 2)}\n`);
      }
      expect(
        [...readFingerprint()].sort(),
        'refresh with UPDATE_SOURCE_RUNS=1 npx vitest run tests/unit/content',
      ).toEqual([...current].sort());
    },
  );

  test.runIf(hasSourceGuide)('the check finds a run of the guide however it is cased and punctuated', () => {
    const words = normalizedWords(fs.readFileSync(sourceGuideFile, 'utf8')).slice(200, 215);
    const disguised = `Intro text. ${words.join(', ').toUpperCase().replace(/'/g, '\u2019')}. Outro text.`;
    expect(copiedRuns('probe.md', disguised, source)).toEqual([{ file: 'probe.md', run: words.join(' ') }]);
  });

  test('the check ignores original prose and stray shared phrases', () => {
    const prose =
      'Ketamine is a non-competitive NMDA antagonist; the psychiatric dose is 0.5 mg/kg over 40 minutes.';
    expect(copiedRuns('probe.md', prose, source)).toEqual([]);
  });

  test('every .md and .yml file of the package is free of copied runs', () => {
    const files = courseFiles(courseDir);
    expect(files).toEqual(
      expect.arrayContaining(['course.yml', 'references.md', 'post-test.yml', 'evaluation.yml']),
    );
    expect(files.filter((file) => file.startsWith('modules/'))).toHaveLength(10);
    const copied = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(courseDir, file), 'utf8');
      return copiedRuns(file, checkedText(file, text), source);
    });
    const report = copied.map((hit) => `${hit.file}: "${hit.run}"`).join('\n');
    expect(copied, `runs of ${RUN_LENGTH}+ words copied from the source guide:\n${report}`).toEqual([]);
  });

  test('only bibliography entries of references.md are exempt', () => {
    const text =
      '# References\n\nIntro.\n\n- [a-key] Quoted title here.\n* [b-key] Another.\nA line with [c-key] in it.';
    expect(checkedText('references.md', text)).toBe('# References\n\nIntro.\n\nA line with [c-key] in it.');
    expect(checkedText('modules/01-origins.md', text)).toBe(text);
  });
});
