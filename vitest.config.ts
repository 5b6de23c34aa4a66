import { defineConfig } from 'vitest/config';

// Two projects: `unit` (npm run test:unit) stays quick to run while working; `integration` holds the suites that
// start real processes and kill them (the test LRS in tests/lrs among them), corrupt database files, or run the build
// tools, which take seconds each.
// `npm test` runs both.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Each file starts an LRS process: one file at a time, beside the unit tests.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
