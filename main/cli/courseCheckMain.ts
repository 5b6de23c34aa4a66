import { runCourseCheck } from './courseCheck';

process.exitCode = runCourseCheck(process.argv.slice(2), (line) => console.log(line));
