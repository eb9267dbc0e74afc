import { defineConfig } from 'vitest/config';

/**
 * End-to-end specs: real headless Chromium (playwright-core + Debian's /usr/bin/chromium) against the
 * built app served by `vite preview` on 127.0.0.1. One spec file at a time: the machine has two cores
 * and SwiftShader renders WebGL on the CPU.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/previewServer.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: 0,
  },
});
