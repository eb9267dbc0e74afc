/**
 * The editors' data files as the build reads and serves them. The build ships them minified: the same
 * JSON value without the editors' indentation (about 1.7 KB gzip less on the first load). The app's
 * messages about bad data name the file and a JSON path (`src/data/problems.ts`), never a line, so they
 * point at the same place in the editor's pretty-printed file.
 */

/**
 * Parses a data file, or throws an error naming it. `npm run build` runs the data checker first, which
 * says the same; this also covers a bare `vite build` and the label font's reading of the data.
 */
export function parseDataText(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file} is not valid JSON (${reason}); run \`npm run check-data\` for details`);
  }
}

/**
 * The text the build serves for a data file: `JSON.stringify(JSON.parse(text))`, so the app's own
 * `JSON.parse` gets the value the editor wrote (numbers keep their value, strings their characters; a
 * key repeated in an object keeps its last value, as any JSON.parse of the source would). The one
 * change: -0 is written 0, which compares equal and means the same for a coordinate or a count.
 */
export function minifiedDataText(file: string, text: string): string {
  return JSON.stringify(parseDataText(file, text));
}
