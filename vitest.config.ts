import { defineConfig } from 'vitest/config';

/** Unit and component tests: pure logic in node, components in jsdom (per-file `@vitest-environment`). */
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/unit/setupTranslations.ts'],
    testTimeout: 20_000,
  },
});
