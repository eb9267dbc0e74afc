import { useState } from 'react';
import type { CountryCollection } from '../../geo';
import { fillTemplate, useMessages } from '../../i18n/catalog';
import { formatShortDate } from '../../i18n/formatDate';
import { useAtlas } from '../../state/store';
import { shareMessages } from './messages';
import type { ExportKind } from './saveExport';

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

  const save = async (kind: ExportKind) => {
    const { saveExport } = await import('./saveExport');
    const fileName = saveExport(kind, dataset, time, basemap);
    setStatus(fillTemplate(messages.downloaded, { file: fileName }));
  };

  return (
    <div className="share-downloads">
      <button
        type="button"
        className="header-control share-button"
        title={fillTemplate(messages.downloadCsvDescription, { date })}
        onClick={() => void save('csv')}
      >
        {messages.downloadCsv}
      </button>
      <button
        type="button"
        className="header-control share-button"
        title={fillTemplate(messages.downloadGeoJsonDescription, { date })}
        onClick={() => void save('geojson')}
      >
        {messages.downloadGeoJson}
      </button>
      <span className="share-status" role="status">
        {status}
      </span>
    </div>
  );
}
