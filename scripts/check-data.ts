/**
 * `npm run check-data`: validates data/actors.json, data/events.json and data/sites.geojson with the
 * same rules as the app plus the geographic ones, and prints every problem as `file: path: reason`.
 *
 *   --quiet          print nothing when the data is good (the build uses it)
 *   --dir <folder>   check the three files in another folder (tests use it); problems name that folder
 *   --basemap <file> a packed basemap to check against (default: public/basemap/countries.topology.bin,
 *                    else world-atlas converted on the fly)
 *   --no-geo         skip the geographic rules
 * Exit code: 0 when the data is good, 1 when there are problems, 2 on a bad command line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import type { DataProblem } from '../src/data/problems';
import { formatProblem, parseDataFile } from '../src/data/problems';
import { validateDataset } from '../src/data/validate';
import { geographyRules } from '../src/data/validateGeography';
import { type CountryCollection, decodeBasemap, unpackBasemap } from '../src/geo';
import { convertWorldAtlas } from '../src/geo/basemap';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  quiet: boolean;
  directory: string;
  basemap: string | undefined;
  geography: boolean;
}

function parseArguments(argumentsList: string[]): Options | string {
  const options: Options = { quiet: false, directory: 'data', basemap: undefined, geography: true };
  for (let index = 0; index < argumentsList.length; index += 1) {
    const argument = argumentsList[index];
    if (argument === '--quiet') options.quiet = true;
    else if (argument === '--no-geo') options.geography = false;
    else if (argument === '--dir' || argument === '--basemap') {
      const value = argumentsList[index + 1];
      if (value === undefined) return `${argument} needs a value`;
      if (argument === '--dir') options.directory = value.replace(/[\\/]+$/, '');
      else options.basemap = value;
      index += 1;
    } else return `unknown argument ${argument}`;
  }
  return options;
}

/** The default folder is resolved from the repository so the command works from any working directory. */
function locate(file: string, options: Options): string {
  return options.directory === 'data' ? join(root, file) : resolve(file);
}

function readBasemap(options: Options): CountryCollection {
  const shipped = join(root, 'public/basemap/countries.topology.bin');
  if (options.basemap) return decodeBasemap(unpackBasemap(readFileSync(resolve(options.basemap))));
  if (existsSync(shipped)) return decodeBasemap(unpackBasemap(readFileSync(shipped)));
  const worldAtlas = JSON.parse(
    readFileSync(join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8'),
  );
  return decodeBasemap(convertWorldAtlas(worldAtlas as Topology));
}

function main(): number {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`check-data: ${options}`);
    return 2;
  }
  const names = {
    actors: `${options.directory}/actors.json`,
    events: `${options.directory}/events.json`,
    sites: `${options.directory}/sites.geojson`,
  };
  const problems: DataProblem[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, file] of Object.entries(names)) {
    const path = locate(file, options);
    if (!existsSync(path)) {
      problems.push({ file, path: '$', reason: 'file not found' });
      continue;
    }
    const parsed = parseDataFile(file, readFileSync(path, 'utf8'));
    if (parsed.ok) values[key] = parsed.value;
    else problems.push(parsed.problem);
  }
  if (problems.length === 0) {
    const basemap = options.geography ? readBasemap(options) : undefined;
    const result = validateDataset(
      { actors: values.actors, events: values.events, sites: values.sites },
      { geography: basemap ? geographyRules(basemap) : undefined, fileNames: names },
    );
    if (result.ok) {
      if (!options.quiet) {
        const { actors, events, sites } = result.dataset;
        const statements = events.reduce((sum, event) => sum + event.statements.length, 0);
        const commitments = events.reduce((sum, event) => sum + (event.commitments?.length ?? 0), 0);
        console.log(
          `data ok: ${actors.length} actors, ${events.length} events, ${statements} statements, ` +
            `${commitments} commitments, ${sites.features.length} sites${options.geography ? '' : ' (geography not checked)'}`,
        );
      }
      return 0;
    }
    problems.push(...result.problems);
  }
  for (const problem of problems) console.log(formatProblem(problem));
  console.error(`check-data: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  return 1;
}

process.exitCode = main();
