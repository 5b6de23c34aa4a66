import { runCertVerify } from './certVerify';

runCertVerify(process.argv.slice(2), (line) => console.log(line)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A fault in the checker is not a verdict on the file: report it as "could not check".
    console.error(`Could not check the file: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
