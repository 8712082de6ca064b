import { defineConfig } from 'vitest/config';

// Playwright specs live in tests/e2e and run under `playwright test`, never under vitest.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    env: { DUEBELL_CHECK_OUTPUT: '1' },
    globalSetup: ['tests/support/global-setup.ts'],
  },
});
