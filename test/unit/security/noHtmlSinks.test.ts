/**
 * Hostile text in the data must stay text. React escapes what it renders, so the only ways to turn a
 * string into markup are the HTML sinks below (and MapLibre's `Popup.setHTML`). None of them may appear
 * anywhere in `src/`: popups and tooltips are built from DOM nodes with `textContent`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRECTORY = join(ROOT, 'src');
const SOURCE_FILE = /\.(ts|tsx|js|jsx|mts|mjs)$/;

/** Every way a string becomes HTML in a browser or in MapLibre. */
const HTML_SINKS = [
  'innerHTML',
  'outerHTML',
  'insertAdjacentHTML',
  'dangerouslySetInnerHTML',
  'setHTML(',
  'document.write(',
  'createContextualFragment',
] as const;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE_FILE.test(entry.name) ? [path] : [];
  });
}

/** `file:line: sink` for every occurrence of a sink in the given files. */
function findHtmlSinks(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const sink of HTML_SINKS) {
        if (line.includes(sink)) found.push(`${relative(ROOT, file)}:${index + 1}: ${sink}`);
      }
    });
  }
  return found;
}

describe('no HTML sinks in the app', () => {
  it('finds source files to scan (so an empty scan cannot pass by accident)', () => {
    expect(sourceFiles(SOURCE_DIRECTORY).length).toBeGreaterThan(20);
  });

  it('uses none of innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, setHTML( in src/', () => {
    // Even a comment naming a sink fails: rephrase it, so this scan can stay this simple and this strict.
    expect(findHtmlSinks(sourceFiles(SOURCE_DIRECTORY))).toEqual([]);
  });
});

describe('the lint rule against dangerouslySetInnerHTML', () => {
  it('is configured as an error in biome.json', () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as {
      linter?: { rules?: { security?: Record<string, unknown> } };
    };
    expect(config.linter?.rules?.security?.noDangerouslySetInnerHtml).toBe('error');
  });

  it('rejects a component that uses it, with the project configuration', () => {
    const directory = mkdtempSync(join(tmpdir(), 'atlas-lint-'));
    const component = join(directory, 'Hostile.tsx');
    writeFileSync(
      component,
      'export function Hostile({ text }: { text: string }) {\n  return <p dangerouslySetInnerHTML={{ __html: text }} />;\n}\n',
    );
    let output = '';
    try {
      execFileSync(join(ROOT, 'node_modules/.bin/biome'), ['lint', `--config-path=${ROOT}`, component], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      output = `${stdout}${stderr}`;
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
    expect(output).toContain('lint/security/noDangerouslySetInnerHtml');
  });
});
