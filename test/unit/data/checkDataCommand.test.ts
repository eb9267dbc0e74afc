import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexOfId, realRawData, repositoryRoot } from './realData';

const temporaryFolders: string[] = [];
afterAll(() => {
  for (const folder of temporaryFolders) rmSync(folder, { recursive: true, force: true });
});

function runChecker(...argumentsList: string[]) {
  const result = spawnSync(
    process.execPath,
    [
      join(repositoryRoot, 'node_modules/tsx/dist/cli.mjs'),
      join(repositoryRoot, 'scripts/check-data.ts'),
      ...argumentsList,
    ],
    { cwd: repositoryRoot, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes a clone of the real data with one thing broken into a fresh folder. */
function brokenFolder(breakIt: (data: ReturnType<typeof realRawData>) => void): string {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-data-'));
  temporaryFolders.push(folder);
  const data = realRawData();
  breakIt(data);
  writeFileSync(join(folder, 'actors.json'), JSON.stringify(data.actors));
  writeFileSync(join(folder, 'events.json'), JSON.stringify(data.events));
  writeFileSync(join(folder, 'sites.geojson'), JSON.stringify(data.sites));
  return folder;
}

describe('npm run check-data', () => {
  it('prints one summary line and exits 0 on the real data', () => {
    const { status, stdout } = runChecker();
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stdout).toMatch(/^data ok: \d+ actors, \d+ events, \d+ statements, \d+ commitments, \d+ sites\n$/);
  });

  it('prints nothing with --quiet on good data', () => {
    const { status, stdout } = runChecker('--quiet');
    expect(status).toBe(0);
    expect(stdout).toBe('');
  });

  it('prints file: path: reason and exits 1 on a broken folder', () => {
    const index = indexOfId(realRawData().events, '2026-01-09-healey-in-kyiv');
    const folder = brokenFolder((data) => {
      const event = data.events[index];
      if (event) event.sources = ['http://insecure.example.org/report'];
    });
    const { status, stdout } = runChecker('--dir', folder);
    expect(status).toBe(1);
    expect(stdout.trim().split('\n')).toEqual([
      `${folder}/events.json: $[${index}].sources[0]: expected an https:// URL`,
    ]);
  });

  it('names a file that is not valid JSON', () => {
    const folder = brokenFolder(() => undefined);
    writeFileSync(join(folder, 'sites.geojson'), '{"type": "FeatureCollection", ');
    const { status, stdout } = runChecker('--dir', folder, '--no-geo');
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${folder}/sites\\.geojson: \\$: not valid JSON \\(`));
  });
});
