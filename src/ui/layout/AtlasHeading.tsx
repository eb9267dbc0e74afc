import { useMessages } from '../../i18n/catalog';
import { settingsMessages } from '../settings/messages';

/** The page's title and standfirst, in the UI language. */
export function AtlasHeading() {
  const messages = useMessages(settingsMessages);
  return (
    <>
      <h1>{messages.appTitle}</h1>
      <p className="atlas-dek">{messages.appDek}</p>
    </>
  );
}
