/**
 * Every text the map draws with the label font (`text-font` in src/map/layers), gathered at build time so
 * the font can be cut down to the characters they use. The map labels, and only those, use Noto Sans:
 * - country labels (baseLayers.ts): the basemap's English `name`, or in uk/fr/de the browser's CLDR name
 *   for the country's code (src/ui/settings/localisedNames.ts), the English name where CLDR has none;
 * - site labels (siteLayers.ts): `label` from data/sites.geojson, and for undisclosed sites a second line
 *   `(location undisclosed)` in the viewer's language;
 * - announcement places (announcementLayers.ts): `place.name` from data/events.json.
 * The rest of the page is in `system-ui`; "Noto Sans" is only a late fallback of that list, for characters
 * the system font lacks, and the full @fontsource files still serve those (see buildLabelFont.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { labelCountries } from '../../src/geo/basemap';
import { LANGUAGES } from '../../src/state/slices/viewSlice';
import { legendMessages } from '../../src/ui/legend/messages';
import { legendTranslations } from '../../src/ui/legend/translations';
import { isoCountryName } from '../../src/ui/panel/countryName';
import { parseDataText } from '../build/dataFiles';

/** Where the label texts come from: the editors' data folder and world-atlas's countries. */
export interface LabelSources {
  /** The folder holding sites.geojson and events.json. */
  dataDirectory: string;
  /** world-atlas `countries-50m.json`, the basemap's source. */
  worldAtlasFile: string;
}

/** Label texts grouped by origin, so a test or a report can say where a character comes from. */
export interface LabelStrings {
  countryNames: string[];
  siteLabels: string[];
  placeNames: string[];
}

/**
 * Collects the texts. Country names in uk/fr/de come from this Node's ICU, which can differ from the
 * viewer's browser in a name or two (Chromium 156 writes "Falklandinseln (Malwinen)" where Node 20 writes
 * "Falklandinseln"); `labelCharacters` adds whole alphabets for that reason.
 */
export function collectLabelStrings(sources: LabelSources): LabelStrings {
  const countries = englishCountryNames(sources.worldAtlasFile);
  const countryNames = [...countries.values()];
  for (const language of LANGUAGES) {
    if (language === 'en') continue;
    for (const iso3 of countries.keys()) {
      const name = isoCountryName(iso3, language);
      if (name) countryNames.push(name);
    }
  }
  return {
    countryNames,
    siteLabels: siteLabels(join(sources.dataDirectory, 'sites.geojson')),
    placeNames: placeNames(join(sources.dataDirectory, 'events.json')),
  };
}

/** The basemap's labels: iso3 → English name, as the basemap conversion names each country. */
function englishCountryNames(worldAtlasFile: string): Map<string, string> {
  const topology = labelCountries(JSON.parse(readFileSync(worldAtlasFile, 'utf8')) as Topology);
  const names = new Map<string, string>();
  const countries = topology.objects.countries;
  if (countries?.type !== 'GeometryCollection') return names;
  for (const geometry of countries.geometries) {
    const properties = geometry.properties as { iso3?: string; name?: string } | undefined;
    if (properties?.iso3 && properties.name) names.set(properties.iso3, properties.name);
  }
  return names;
}

/** Site labels, each also with the "(location undisclosed)" line in every language it may carry. */
function siteLabels(file: string): string[] {
  const sites = parseDataText(file, readFileSync(file, 'utf8')) as {
    features?: Array<{ properties?: { label?: unknown } }>;
  };
  const labels = (sites.features ?? []).flatMap((feature) =>
    typeof feature.properties?.label === 'string' ? [feature.properties.label] : [],
  );
  const undisclosed = LANGUAGES.map((language) =>
    language === 'en'
      ? legendMessages.en.locationUndisclosed
      : (legendTranslations[language]?.locationUndisclosed ?? legendMessages.en.locationUndisclosed),
  );
  // The map draws `label + '\n(' + note + ')'` (siteLabelText); the brackets are part of what it draws.
  return [...labels, ...undisclosed.map((note) => `(${note})`)];
}

/** Announcement place names, which label the current announcement's marker. */
function placeNames(file: string): string[] {
  const events = parseDataText(file, readFileSync(file, 'utf8'));
  if (!Array.isArray(events)) return [];
  return events.flatMap((event: { place?: { name?: unknown } }) =>
    typeof event?.place?.name === 'string' ? [event.place.name] : [],
  );
}
