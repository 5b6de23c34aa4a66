import { defineConfig } from 'vitest/config';

/*
 * Two projects, both run by `npm run test:unit` (`vitest run`): `unit`, and `integration`, the slower suites that
 * start real peers (the test LRS in tests/lrs) and may take minutes. `vitest run --project unit` runs one.
 */
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
