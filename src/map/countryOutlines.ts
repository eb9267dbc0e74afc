/**
 * The countries drawn with an outline: the selected one and the parties to the chosen commitment.
 * They live in a source of their own that holds only those countries, rebuilt when the viewer selects
 * something (never on a timeline step), so the outline layers cost nothing while nothing is outlined.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { CountryCollection } from '../geo';

export const COUNTRY_OUTLINE_SOURCE = 'country-outlines';

/** Why a country is outlined; a country both selected and highlighted gets one feature for each. */
export type CountryOutlineKind = 'selected' | 'highlighted';

export interface CountryOutlineProperties {
  iso3: string;
  outline: CountryOutlineKind;
}

export type CountryOutlineCollection = FeatureCollection<Polygon | MultiPolygon, CountryOutlineProperties>;

/**
 * The outline features for a selection and a commitment's parties. Ids the basemap does not know
 * (institutions such as the EU, countries missing from the basemap) are skipped: there is nothing to draw.
 */
export function countryOutlines(
  countries: CountryCollection,
  selectedId: string | null,
  highlightedIds: readonly string[] | null,
): CountryOutlineCollection {
  const wanted = new Map<string, CountryOutlineKind[]>();
  const want = (id: string, kind: CountryOutlineKind) => wanted.set(id, [...(wanted.get(id) ?? []), kind]);
  for (const id of highlightedIds ?? []) want(id, 'highlighted');
  if (selectedId) want(selectedId, 'selected');
  const features: Feature<Polygon | MultiPolygon, CountryOutlineProperties>[] = [];
  for (const country of countries.features) {
    const iso3 = country.properties.iso3;
    for (const outline of wanted.get(iso3) ?? []) {
      features.push({ type: 'Feature', properties: { iso3, outline }, geometry: country.geometry });
    }
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Owns the outline source: adds it, and sends it new data only when the outlined countries change
 * (each `setData` is a round trip through MapLibre's worker and a retiling).
 */
export class CountryOutlineSync {
  private sent: string | null = null;

  constructor(
    private readonly map: MapLibreMap,
    private readonly countries: CountryCollection,
  ) {}

  /** Adds the source holding the current outlines (its layers are added with the others). */
  addSource(selectedId: string | null, highlightedIds: readonly string[] | null): void {
    this.sent = outlineKey(selectedId, highlightedIds);
    this.map.addSource(COUNTRY_OUTLINE_SOURCE, {
      type: 'geojson',
      data: countryOutlines(this.countries, selectedId, highlightedIds),
    });
  }

  /** Outlines these countries from now on; does nothing when they are the ones already drawn. */
  apply(selectedId: string | null, highlightedIds: readonly string[] | null): void {
    const key = outlineKey(selectedId, highlightedIds);
    if (key === this.sent) return;
    const source = this.map.getSource<GeoJSONSource>(COUNTRY_OUTLINE_SOURCE);
    if (!source) return;
    this.sent = key;
    source.setData(countryOutlines(this.countries, selectedId, highlightedIds));
  }
}

function outlineKey(selectedId: string | null, highlightedIds: readonly string[] | null): string {
  return JSON.stringify([selectedId, highlightedIds]);
}
