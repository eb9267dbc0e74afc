import type { CountryCollection } from '../../geo';
import { useMessages } from '../../i18n/catalog';
import { CopyLinkButton } from './CopyLinkButton';
import { DownloadButtons } from './DownloadButtons';
import { shareMessages } from './messages';
import '../layout/headerControl.css';
import './share.css';

interface ShareToolsProps {
  basemap: CountryCollection | null;
}

/** The header's sharing tools: copy the link to this view, download what it shows. */
export function ShareTools({ basemap }: ShareToolsProps) {
  const messages = useMessages(shareMessages);
  return (
    <div className="share-tools" title={messages.toolsLabel}>
      <CopyLinkButton />
      <DownloadButtons basemap={basemap} />
    </div>
  );
}
