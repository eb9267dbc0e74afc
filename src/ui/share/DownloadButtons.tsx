import { useState } from 'react';
import type { CountryCollection } from '../../geo';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatShortDate } from '../../i18n/formatDate';
import { useAtlas } from '../../state/store';
import { countriesCsv } from './csv';
import { downloadText, exportFileName } from './download';
import { atlasGeoJson } from './geojsonExport';
import { shareMessages } from './messages';

interface DownloadButtonsProps {
  /** The basemap, for the countries' outlines in the GeoJSON; without it only sites are exported. */
  basemap: CountryCollection | null;
}

/** Downloads of what is shown, as of the chosen moment: a CSV of actors and a GeoJSON of sites and countries. */
export function DownloadButtons({ basemap }: DownloadButtonsProps) {
  const messages = useMessages(shareMessages);
  const dataset = useAtlas((state) => state.dataset);
  const time = useAtlas((state) => state.time);
  const language = useAtlas((state) => state.language);
  const [status, setStatus] = useState('');
  if (!dataset || time === null) return null;
  const date = formatShortDate(time, language);

  const save = (extension: 'csv' | 'geojson') => {
    const fileName = exportFileName(time, extension);
    if (extension === 'csv') downloadText(fileName, countriesCsv(dataset, time), 'text/csv;charset=utf-8');
    else downloadText(fileName, JSON.stringify(atlasGeoJson(dataset, time, basemap)), 'application/geo+json');
    setStatus(fillTemplate(messages.downloaded, { file: fileName }));
  };

  return (
    <div className="share-downloads">
      <button
        type="button"
        className="share-button"
        title={fillTemplate(messages.downloadCsvDescription, { date })}
        onClick={() => save('csv')}
      >
        {messages.downloadCsv}
      </button>
      <button
        type="button"
        className="share-button"
        title={fillTemplate(messages.downloadGeoJsonDescription, { date })}
        onClick={() => save('geojson')}
      >
        {messages.downloadGeoJson}
      </button>
      <span className="share-status" role="status">
        {status}
      </span>
    </div>
  );
}
