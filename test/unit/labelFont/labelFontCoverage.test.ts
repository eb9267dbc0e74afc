/**
 * The label font the build ships: its subsets hold every character the map's labels can draw (read from
 * the generated fonts' own cmaps), and its faces still claim all of Noto Sans, each character once.
 * The label texts are gathered here the way the app makes them (validated data, the country-label
 * expression, the legend's messages), not through the build's own collector.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLabelFont, type LabelFont } from '../../../scripts/labelFont/buildLabelFont';
import { fontsourceFaces } from '../../../scripts/labelFont/fontsourceFaces';
import { labelCodePoints } from '../../../scripts/labelFont/labelCharacters';
import { collectLabelStrings } from '../../../scripts/labelFont/labelStrings';
import { parseUnicodeRange, rangesContain } from '../../../scripts/labelFont/unicodeRanges';
import { validateDataset } from '../../../src/data/validate';
import { labelCountries } from '../../../src/geo/basemap';
import { messagesFor } from '../../../src/i18n/catalog';
import { LANGUAGES } from '../../../src/state/slices/viewSlice';
import { legendMessages } from '../../../src/ui/legend/messages';
import { countryLabelTextField } from '../../../src/ui/settings/localisedNames';

const WORLD_ATLAS = 'node_modules/world-atlas/countries-50m.json';

/** Every text the map's label layers can show, as the app builds them. */
function shippedLabelTexts(): string[] {
  const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
  const result = validateDataset({
    actors: readJson('data/actors.json'),
    events: readJson('data/events.json'),
    sites: readJson('data/sites.geojson'),
  });
  if (!result.ok) throw new Error(`the shipped data does not validate: ${JSON.stringify(result.problems)}`);
  const { events, sites } = result.dataset;
  const countries = labelCountries(readJson(WORLD_ATLAS) as Topology).objects.countries;
  const basemap =
    countries?.type === 'GeometryCollection'
      ? countries.geometries.map((geometry) => geometry.properties as { iso3: string; name: string })
      : [];
  const texts = [
    ...basemap.map((country) => country.name),
    ...sites.features.map((site) => site.properties.label),
    ...events.map((event) => event.place.name),
  ];
  for (const language of LANGUAGES) {
    texts.push(`(${messagesFor(legendMessages, language).locationUndisclosed})`);
    // ['match', ['get', 'iso3'], iso3, name, iso3, name, …, fallback]: the names are every other entry.
    const field = countryLabelTextField(
      basemap.map((country) => country.iso3),
      language,
    ) as unknown[];
    if (field[0] === 'match')
      texts.push(
        ...field
          .slice(3, -1)
          .filter((_, index) => index % 2 === 0)
          .map(String),
      );
  }
  return texts;
}

/** The `@font-face` rules of the generated stylesheet: file name and claimed code points. */
function stylesheetFaces(
  stylesheet: string,
): Array<{ url: string; ranges: ReturnType<typeof parseUnicodeRange> }> {
  return [
    ...readFileSync(stylesheet, 'utf8').matchAll(/src: url\("([^"]+)"\)[^;]*;\s*unicode-range: ([^;]+);/g),
  ].map((match) => ({ url: match[1] ?? '', ranges: parseUnicodeRange(match[2] ?? '') }));
}

describe('the map-label font subset', () => {
  let font: LabelFont;

  beforeAll(async () => {
    const strings = collectLabelStrings({ dataDirectory: 'data', worldAtlasFile: WORLD_ATLAS });
    font = await buildLabelFont(labelCodePoints(strings), mkdtempSync(join(tmpdir(), 'label-font-')));
  }, 60_000);

  it('holds every character of every label the map can draw, in every language', () => {
    const inSubsets = new Set(font.subsets.flatMap((subset) => subset.codePoints));
    const missing = new Map<string, string>();
    for (const text of shippedLabelTexts()) {
      for (const character of text) {
        const codePoint = character.codePointAt(0) ?? 0;
        if (!inSubsets.has(codePoint) && !missing.has(character)) missing.set(character, text);
      }
    }
    // Each entry names the character and a label that needs it.
    expect([...missing].map(([character, text]) => `${JSON.stringify(character)} in "${text}"`)).toEqual([]);
    expect(font.missing).toEqual([]);
  });

  it("claims the subsets' characters in their faces only, and the rest of Noto Sans in the full files", () => {
    const faces = stylesheetFaces(font.stylesheet);
    const original = fontsourceFaces();
    expect(faces).toHaveLength(original.length + font.subsets.length);
    // A character two faces claim makes Chromium fetch both (document.fonts.load does).
    for (const subset of font.subsets) {
      for (const codePoint of subset.codePoints) {
        const claiming = faces
          .filter((face) => rangesContain(face.ranges, codePoint))
          .map((face) => face.url);
        expect(claiming, `U+${codePoint.toString(16)}`).toEqual([
          expect.stringContaining(`${subset.subset}-labels`),
        ]);
      }
    }
    for (const face of original) {
      for (const range of face.ranges) {
        for (let codePoint = range.first; codePoint <= range.last; codePoint += 1) {
          const claimed = faces.some((generated) => rangesContain(generated.ranges, codePoint));
          expect(claimed, `U+${codePoint.toString(16)} of ${face.subset} is lost`).toBe(true);
        }
      }
    }
  });

  it('makes the first load smaller: the Latin subset is under half the file it replaces', () => {
    const latin = font.subsets.find((subset) => subset.subset === 'latin');
    expect(latin?.bytes).toBeLessThan((latin?.originalBytes ?? 0) / 2);
  });
});
