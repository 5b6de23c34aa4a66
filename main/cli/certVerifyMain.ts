import fs from 'node:fs';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { runCertVerify } from './certVerify';

// The certificate fonts, to draw a page again: beside the built CLI (dist/cli → build/fonts) when run from another
// folder; otherwise the default search (the packaged resources, then ./build/fonts).
const besideCli = path.resolve(path.dirname(process.argv[1] ?? '.'), '..', '..', 'build', 'fonts');

runCertVerify(process.argv.slice(2), (line) => console.log(line), {
  stdin: async () => Buffer.from(await text(process.stdin), 'utf8'),
  fontDir: fs.existsSync(besideCli) ? besideCli : undefined,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault in the checker is not a verdict on the file: report it as "could not check".
    console.error(`Could not check the file: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
