import fs from 'node:fs';
import path from 'node:path';
import { makeTempFolder } from '../support/tempFolder';

const vocabulary =
  'patient dose infusion blood pressure response trial evidence monitoring clinician session receptor ' +
  'depression observation label ketamine safety consent effect review minutes module course learner';

function paragraph(seed: number, words: number): string {
  const pool = vocabulary.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pool[(seed * 31 + i * 7) % pool.length] ?? 'word');
  return out.join(' ') + '.';
}

/**
 * Writes a valid course package of `modules` modules, each about `wordsPerModule` words of reading with headings,
 * a table and one question, into `generated-<modules>/` inside a new temp folder. Minutes and credit are set so the package loads without errors.
 */
export function writeGeneratedCourse(modules: number, wordsPerModule: number): string {
  // The package sits alone in its own temp folder, so that folder can serve as a course root.
  const dir = path.join(makeTempFolder(`ce-bench-${modules}-`), `generated-${modules}`);
  fs.mkdirSync(path.join(dir, 'modules'), { recursive: true });
  const files: string[] = [];
  let totalMinutes = 0;
  for (let m = 1; m <= modules; m++) {
    const sections: string[] = [];
    const perSection = 100;
    for (let s = 0; s * perSection < wordsPerModule; s++) {
      if (s % 10 === 0) sections.push(`## Section ${s / 10 + 1}`);
      sections.push(paragraph(m * 1000 + s, perSection));
    }
    const minutes = Math.round(wordsPerModule / 150 + 1.85);
    totalMinutes += wordsPerModule / 150 + 1.85;
    const name = `modules/m${String(m).padStart(4, '0')}.md`;
    files.push(name);
    fs.writeFileSync(
      path.join(dir, name),
      [
        '---',
        `id: m${m}`,
        `title: Module ${m}`,
        `minutes: ${minutes}`,
        'objectives:',
        '  - Apply the material.',
        '---',
        '',
        `# Module ${m}`,
        '',
        '| Route | Share |',
        '| --- | --- |',
        '| IV | 100% |',
        '',
        ...sections.map((s) => s + '\n'),
        '```question',
        `id: m${m}-q1`,
        'type: true-false',
        'stem: The material was read.',
        'answer: true',
        'explanation: It was.',
        '```',
        '',
      ].join('\n'),
    );
  }
  const hours = Math.max(0.25, Math.floor(totalMinutes / 60 / 0.25) * 0.25);
  fs.writeFileSync(
    path.join(dir, 'course.yml'),
    [
      'format: 1',
      `id: generated-${modules}`,
      'version: 1.0.0',
      `title: Generated course of ${modules} modules`,
      'language: en',
      'summary: A generated course for benchmarks.',
      'release_date: 2026-01-01',
      'review_date: 2026-01-01',
      'expiry_date: 2029-01-01',
      'provider:',
      '  name: Bench Provider',
      'credit:',
      `  hours: ${hours}`,
      'objectives:',
      '  - Read.',
      'modules:',
      ...files.map((f) => `  - ${f}`),
      '',
    ].join('\n'),
  );
  return dir;
}
