/**
 * Serves a built app folder with `vite preview` on a free port of 127.0.0.1, the way the end-to-end
 * tests do, so the benchmark measures what ships (minified, with the production React build).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** A running preview server; `stop` ends it by its pid. */
export interface PreviewServer {
  baseUrl: string;
  stop: () => void;
}

/** Asks the OS for a port nobody listens on, then frees it for vite to take (`--strictPort`). */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no free port')),
      );
    });
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet: retry until the deadline.
    }
    await new Promise((wake) => setTimeout(wake, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts `vite preview` over `folder` (default `dist/`). The caller must call `stop` in a `finally`,
 * so a failed measurement never leaves a server behind.
 */
export async function startPreviewServer(folder = 'dist'): Promise<PreviewServer> {
  const outDirectory = resolve(folder);
  if (!existsSync(join(outDirectory, 'index.html'))) {
    throw new Error(
      `${outDirectory}/index.html is missing: run \`npm run build\` first (npm run bench does).`,
    );
  }
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--strictPort',
      '--port',
      String(port),
      '--outDir',
      outDirectory,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
  };
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitUntilAnswering(baseUrl, child, 30_000);
  } catch (error) {
    stop();
    throw error;
  }
  return { baseUrl, stop };
}
