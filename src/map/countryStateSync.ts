/**
 * Keeps each country's feature state (`role`, `troops`, `selected`, `dimmed`) in step with the store.
 * Outlines are not drawn from this state but from their own source (`countryOutlines.ts`); `selected`
 * stays as the map's record of the selection, which the end-to-end tests read after a context loss.
 * Only countries whose standing changed are written, so a timeline step costs a handful of
 * `setFeatureState` calls rather than one per country.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IndexedDataset } from '../data/derive';
import { standingAsOf } from '../state/selectors';

export class CountryStateSync {
  private readonly written = new Map<string, string>();

  constructor(
    private readonly map: MapLibreMap,
    private readonly source: string,
  ) {}

  /** Writes role and troop commitment as of `time` for every country actor. */
  applyTime(dataset: IndexedDataset, time: number): void {
    for (const actor of dataset.actors) {
      if (actor.kind !== 'country') continue;
      const { role, troops } = standingAsOf(actor, time);
      const key = `${role}|${troops}`;
      if (this.written.get(actor.id) === key) continue;
      this.written.set(actor.id, key);
      this.map.setFeatureState({ source: this.source, id: actor.id }, { role, troops });
    }
  }

  /** Moves the `selected` flag from the previous country to the new one. */
  applySelection(countryId: string | null, previousCountryId: string | null): void {
    if (previousCountryId)
      this.map.setFeatureState({ source: this.source, id: previousCountryId }, { selected: false });
    if (countryId) this.map.setFeatureState({ source: this.source, id: countryId }, { selected: true });
  }

  /**
   * Dims every country outside a commitment's parties (their outline is `countryOutlines.ts`); `null`
   * clears it.
   * Runs when the viewer picks a commitment, not per timeline step, so touching every country is fine.
   */
  applyCommitment(actorIds: readonly string[] | null, allCountryIds: readonly string[]): void {
    const parties = new Set(actorIds ?? []);
    const dimOthers = actorIds !== null;
    for (const id of allCountryIds) {
      this.map.setFeatureState({ source: this.source, id }, { dimmed: dimOthers && !parties.has(id) });
    }
  }

  /** Forgets what was written, e.g. after the style was rebuilt (context restored). */
  reset(): void {
    this.written.clear();
  }
}
