/**
 * Global setup for the end-to-end specs: serve the built app (`dist/`) with `vite preview` on a free
 * port of 127.0.0.1 and hand its URL to the specs; stop it by pid afterwards.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForServer(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  // ATLAS_DIST serves another build (e.g. one made with --outDir while dist/ is in use elsewhere).
  const distDirectory = process.env.ATLAS_DIST ?? 'dist';
  if (!existsSync(`${distDirectory}/index.html`))
    throw new Error(`${distDirectory}/ is missing: run \`npm run build\` first (npm run test:e2e does).`);
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      distDirectory,
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
      String(port),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForServer(baseUrl, child, 30_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
  };
}
