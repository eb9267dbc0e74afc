/** The same address without `embed=1`: what the embed's "Open the full atlas" link opens. */
export function fullAtlasUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  // URLSearchParams re-encodes commas and colons; keep the link as readable as the app writes it.
  url.search = url.searchParams.toString().replace(/%2C/gi, ',').replace(/%3A/gi, ':');
  return url.href;
}
