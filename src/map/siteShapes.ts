/**
 * Turns the sites of the dataset into what the map draws, once at load: every site gets a geometry
 * (its own, the nation's basemap outline for `country` precision, or the "location undisclosed" area
 * for `undisclosed`), plus one label point. Time never rebuilds this; it only flips `active` states.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import type { IndexedSite } from '../data/derive';
import type { SiteKind, SitePrecision, SiteStatus } from '../data/schema';
import { type CountryCollection, labelPointOf } from '../geo';
import { isSiteActiveAt } from '../state/selectors';
import type { LayerId } from '../state/slices/viewSlice';

/** The two toggles that hold sites. */
export type SiteGroup = Extract<LayerId, 'hubs' | 'german-deployments'>;

/** Properties of a drawn site; flat and primitive so MapLibre expressions can read them. */
export interface SiteShapeProperties {
  id: string;
  kind: SiteKind;
  status: SiteStatus;
  precision: SitePrecision;
  label: string;
  group: SiteGroup;
  /** 0 for the first label at a spot, 1 for the next…, so labels sharing a spot stack instead of hiding. */
  stackIndex: number;
}

export type SiteShapeGeometry = Point | Polygon | MultiPolygon;
export type SiteShapeCollection = FeatureCollection<SiteShapeGeometry, SiteShapeProperties>;
export type SiteLabelCollection = FeatureCollection<Point, SiteShapeProperties>;

export interface ResolvedSites {
  shapes: SiteShapeCollection;
  labels: SiteLabelCollection;
  /** Sites that could not be drawn (e.g. a `country` site whose nation is not on the basemap), with why. */
  skipped: Array<{ id: string; reason: string }>;
}

const GERMAN_KINDS: ReadonlySet<SiteKind> = new Set(['deployment_candidate', 'existing_deployment']);

/**
 * The "location undisclosed" veil over Ukraine, away from the front, stands for places planned in the
 * rear (the UK/French hubs and the like). Ceasefire monitoring works along the line of contact, which is
 * the opposite of that area and which the atlas does not map, so drawing it there would mislead: an
 * undisclosed site of another kind is not drawn at all (its card, table row and downloads still carry it).
 */
const DRAWN_AS_UNDISCLOSED_AREA: ReadonlySet<SiteKind> = new Set(['hub', 'headquarters', 'coordination']);
export const NOT_MAPPED_REASON =
  'not drawn: no source locates it, and the area the veil stands for would mislead';

/** German deployments and deployment candidates have their own toggle; every other site is a hub-like place. */
export function siteGroupOf(site: Pick<IndexedSite['properties'], 'kind' | 'nations'>): SiteGroup {
  return GERMAN_KINDS.has(site.kind) && site.nations.includes('DEU') ? 'german-deployments' : 'hubs';
}

/**
 * The countries a `country`-precision site covers. Convention of data/sites.geojson: the first nation
 * is the one that sends forces, the rest are hosts (`["DEU", "POL"]` is Germany in Poland); a site
 * naming one nation covers that nation.
 */
export function hostNationsOf(nations: readonly string[]): string[] {
  return nations.length > 1 ? nations.slice(1) : [...nations];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function mergePolygons(geometries: Array<Polygon | MultiPolygon>): Polygon | MultiPolygon | null {
  const parts = geometries.flatMap(polygonsOf);
  const [only] = parts;
  if (!only) return null;
  return parts.length === 1
    ? { type: 'Polygon', coordinates: only }
    : { type: 'MultiPolygon', coordinates: parts };
}

/**
 * Resolves every site to a drawable shape and a label point.
 * `undisclosedArea` is asked at most once, and only when a site needs it.
 */
export function resolveSiteShapes(
  sites: readonly IndexedSite[],
  countries: CountryCollection,
  undisclosedArea: () => Feature<Polygon | MultiPolygon>,
): ResolvedSites {
  const countriesById = new Map(countries.features.map((country) => [country.properties.iso3, country]));
  let undisclosed: Polygon | MultiPolygon | undefined;
  const shapes: SiteShapeCollection['features'] = [];
  const labels: SiteLabelCollection['features'] = [];
  const skipped: ResolvedSites['skipped'] = [];
  const labelsAtSpot = new Map<string, number>();

  for (const site of sites) {
    const { properties } = site;
    let geometry: SiteShapeGeometry | null = site.geometry;
    if (properties.precision === 'undisclosed' && !DRAWN_AS_UNDISCLOSED_AREA.has(properties.kind)) {
      skipped.push({ id: properties.id, reason: NOT_MAPPED_REASON });
      continue;
    }
    if (properties.precision === 'undisclosed') {
      undisclosed ??= undisclosedArea().geometry;
      geometry = undisclosed;
    } else if (properties.precision === 'country') {
      const hosts = hostNationsOf(properties.nations).flatMap((iso3) => {
        const country = countriesById.get(iso3);
        return country ? [country.geometry] : [];
      });
      geometry = mergePolygons(hosts);
    }
    if (!geometry) {
      skipped.push({ id: properties.id, reason: `no basemap polygon for ${properties.nations.join(', ')}` });
      continue;
    }
    const labelPosition =
      geometry.type === 'Point'
        ? geometry.coordinates
        : labelPointOf({ type: 'Feature', properties: {}, geometry });
    const spot = labelPosition.map((value) => value.toFixed(3)).join(',');
    const stackIndex = labelsAtSpot.get(spot) ?? 0;
    labelsAtSpot.set(spot, stackIndex + 1);
    const shapeProperties: SiteShapeProperties = {
      id: properties.id,
      kind: properties.kind,
      status: properties.status,
      precision: properties.precision,
      label: properties.label,
      group: siteGroupOf(properties),
      stackIndex,
    };
    shapes.push({ type: 'Feature', id: properties.id, properties: shapeProperties, geometry });
    labels.push({
      type: 'Feature',
      id: properties.id,
      properties: shapeProperties,
      geometry: { type: 'Point', coordinates: labelPosition },
    });
  }
  return {
    shapes: { type: 'FeatureCollection', features: shapes },
    labels: { type: 'FeatureCollection', features: labels },
    skipped,
  };
}

/** A site's time-dependent feature state. */
export interface SiteState {
  id: string;
  active: boolean;
}

/**
 * Which sites are drawn at `time`: inside their own dates, and already made public. The map must not
 * show a planned place before the announcement that revealed it. An existing deployment is exempt:
 * it was public from its own start, and its `announcedIn` only says where the record mentions it
 * (otherwise a deployment that ended before that mention would never be drawn).
 * `announcementTimes` maps event ids to their start; an unknown `announcedIn` does not hide the site.
 */
export function siteStatesAt(
  sites: readonly IndexedSite[],
  time: number,
  announcementTimes: ReadonlyMap<string, { startTime: number }> = new Map(),
): SiteState[] {
  return sites.map((site) => {
    const announcedAt =
      site.properties.kind === 'existing_deployment'
        ? Number.NEGATIVE_INFINITY
        : (announcementTimes.get(site.properties.announcedIn)?.startTime ?? Number.NEGATIVE_INFINITY);
    return { id: site.properties.id, active: isSiteActiveAt(site, time) && announcedAt <= time };
  });
}
