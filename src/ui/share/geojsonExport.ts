/**
 * GeoJSON of what the map shows at a moment: the sites active then, with their properties, and
 * (when the basemap is at hand) each recorded country's outline with its role and troops then.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { IndexedDataset } from '../../data/derive';
import type { CountryCollection } from '../../geo';
import { isSiteActiveAt, standingAsOf } from '../../state/selectors';

export interface ExportProperties {
  layer: 'site' | 'country';
  [key: string]: unknown;
}

/** A FeatureCollection of the sites active at `time` and the recorded countries' standing at `time`. */
export function atlasGeoJson(
  dataset: IndexedDataset,
  time: number,
  basemap: CountryCollection | null,
): FeatureCollection<Geometry | null, ExportProperties> {
  const asOf = new Date(time).toISOString();
  const sites: Array<Feature<Geometry | null, ExportProperties>> = dataset.sites
    .filter((site) => isSiteActiveAt(site, time))
    .map((site) => ({
      type: 'Feature',
      id: site.properties.id,
      // Undisclosed and country-wide sites carry no geometry on purpose; an export must not invent one.
      geometry: site.geometry as Geometry | null,
      properties: { layer: 'site', ...site.properties },
    }));
  const countries: Array<Feature<Geometry | null, ExportProperties>> = [];
  for (const feature of basemap?.features ?? []) {
    const actor = dataset.actorsById.get(feature.properties.iso3);
    if (!actor) continue;
    const standing = standingAsOf(actor, time);
    countries.push({
      type: 'Feature',
      id: actor.id,
      geometry: feature.geometry,
      properties: {
        layer: 'country',
        id: actor.id,
        name: actor.name,
        role: standing.role,
        troops: standing.troops,
        asOf,
        note: standing.entry?.note ?? '',
        sources: standing.entry?.sources ?? [],
      },
    });
  }
  return { type: 'FeatureCollection', features: [...countries, ...sites] };
}
