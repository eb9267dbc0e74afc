interface SourceListProps {
  urls: readonly string[];
}

/** A source's site name is what tells a reader whose report it is; the full address is its target. */
function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The sources of a row as links named by their site. */
export function SourceList({ urls }: SourceListProps) {
  return (
    <ul className="table-sources">
      {urls.map((url) => (
        <li key={url}>
          <a href={url} rel="noopener noreferrer" target="_blank">
            {siteOf(url)}
          </a>
        </li>
      ))}
    </ul>
  );
}
