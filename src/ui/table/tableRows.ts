/**
 * The rows of the table view, as of a moment: plain data derived with the store's selectors, so the
 * table states exactly what the map draws.
 */
import type { IndexedDataset } from '../../data/derive';
import type { Role, TroopCommitment } from '../../data/schema';
import { standingAsOf } from '../../state/selectors';

export interface CountryRow {
  id: string;
  name: string;
  kind: 'country' | 'institution';
  role: Role;
  troops: TroopCommitment;
  /** When the standing shown began, or null before the actor's first entry. */
  since: number | null;
  note: string | undefined;
}

/** Every actor's standing as of `time`, named by `nameOf` (the UI language). */
export function countryRowsAsOf(
  dataset: IndexedDataset,
  time: number,
  nameOf: (id: string) => string,
): CountryRow[] {
  return dataset.actors.map((actor) => {
    const standing = standingAsOf(actor, time);
    return {
      id: actor.id,
      name: nameOf(actor.id),
      kind: actor.kind,
      role: standing.role,
      troops: standing.troops,
      since: standing.entry?.fromTime ?? null,
      note: standing.entry?.note,
    };
  });
}
