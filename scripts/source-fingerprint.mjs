// Regenerates the source guide's fingerprint, which the no-copy test compares the bundled course against. The guide
// is not part of this repository; run this by hand wherever a copy of it is at hand:
//
//   npm run content:fingerprint -- ../shared/source/ketamine-treatment-guide.txt
//
// It writes hashes only (tests/fixtures/content/source-guide-fingerprint.json); commit that file.
import fs from 'node:fs';
import path from 'node:path';
import { fingerprintOf } from './sourceOverlap.mjs';

const guidePath = process.argv[2];
if (!guidePath || !fs.existsSync(guidePath)) {
  console.error('Usage: npm run content:fingerprint -- <path to the source guide .txt>');
  process.exit(2);
}
const out = path.resolve('tests/fixtures/content/source-guide-fingerprint.json');
const fingerprint = {
  source: path.basename(guidePath),
  ...fingerprintOf(fs.readFileSync(guidePath, 'utf8')),
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(fingerprint, null, 2)}\n`);
console.log(
  `Wrote ${path.relative(process.cwd(), out)}: ${fingerprint.runs.split(' ').length} run hashes, ` +
    `${fingerprint.paragraphPairs.length} paragraphs. Run the no-copy test: npx vitest run tests/unit/content`,
);
