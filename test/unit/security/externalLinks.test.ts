/**
 * A source opened in a new tab must not get a handle on this page (`window.opener`) nor learn which
 * view linked to it. The e2e suite checks the links it renders; this checks every `<a>` written in
 * src/, including ones no e2e path reaches (the table, the embed bar).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function componentFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Opening tags of anchors; JSX attributes may span lines. Arrows (`=>`) are masked first so they do not end a tag. */
const ANCHOR_TAG = /<a\s[^>]*>/g;
const NEW_TAB = /target=(?:"_blank"|'_blank'|\{\s*['"]_blank['"]\s*\})/;
const SAFE_REL = /rel=(?:"([^"]*)"|'([^']*)')/;

function anchorTags(file: string): IterableIterator<RegExpMatchArray> {
  return readFileSync(file, 'utf8').replace(/=>/g, '=≫').matchAll(ANCHOR_TAG);
}

/** `file: tag` for every anchor that opens a new tab without `rel="noopener noreferrer"`. */
function unsafeNewTabLinks(files: readonly string[]): string[] {
  const unsafe: string[] = [];
  for (const file of files) {
    for (const [tag] of anchorTags(file)) {
      if (!NEW_TAB.test(tag)) continue;
      const match = SAFE_REL.exec(tag);
      const words = (match?.[1] ?? match?.[2] ?? '').split(/\s+/);
      if (!words.includes('noopener') || !words.includes('noreferrer')) {
        unsafe.push(`${relative(ROOT, file)}: ${tag.replace(/\s+/g, ' ')}`);
      }
    }
  }
  return unsafe;
}

describe('links that open a new tab', () => {
  const files = componentFiles(join(ROOT, 'src'));

  it('exist in the components (so an empty scan cannot pass by accident)', () => {
    const newTab = files.flatMap((file) => [...anchorTags(file)].filter(([tag]) => NEW_TAB.test(tag)));
    expect(newTab.length).toBeGreaterThan(0);
  });

  it('all carry rel="noopener noreferrer"', () => {
    expect(unsafeNewTabLinks(files)).toEqual([]);
  });
});
