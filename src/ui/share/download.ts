/** Saves generated text as a file, entirely in the browser (nothing is sent anywhere). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name that says what and when, e.g. `coalition-atlas-2026-01-06.csv`. */
export function exportFileName(time: number, extension: string): string {
  return `coalition-atlas-${new Date(time).toISOString().slice(0, 10)}.${extension}`;
}
