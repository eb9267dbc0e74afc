/**
 * Builds and saves one export file. The share buttons import this module only when clicked, so the
 * CSV and GeoJSON builders are not part of the first load.
 */
import type { IndexedDataset } from '../../data/derive';
import type { CountryCollection } from '../../geo';
import { countriesCsv } from './csv';
import { downloadText, exportFileName } from './download';
import { atlasGeoJson } from './geojsonExport';

export type ExportKind = 'csv' | 'geojson';

/** Saves what the map shows at `time` as a file and returns the file's name. */
export function saveExport(
  kind: ExportKind,
  dataset: IndexedDataset,
  time: number,
  basemap: CountryCollection | null,
): string {
  const fileName = exportFileName(time, kind);
  if (kind === 'csv') downloadText(fileName, countriesCsv(dataset, time), 'text/csv;charset=utf-8');
  else downloadText(fileName, JSON.stringify(atlasGeoJson(dataset, time, basemap)), 'application/geo+json');
  return fileName;
}
