/** The fixed file names of a format 1 package, relative to its folder. */
export const MANIFEST_FILE = 'course.yml';
export const POST_TEST_FILE = 'post-test.yml';
export const EVALUATION_FILE = 'evaluation.yml';
export const REFERENCES_FILE = 'references.md';
