/**
 * `kyr-content copy-data DIR`: the published data this package ships, copied
 * into a folder the site serves (Vite's or webpack's `public/`, or any static
 * host), for a site that installs kyr-widgets from npm and bundles it: the
 * bundler moves the script, so the data cannot be found beside it and must
 * be served at a known address instead (`data-src`).
 */
import { cp, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const copyDataUsage = '  kyr-content copy-data DIR              copy the data this package ships into DIR (e.g. public/kyr-data) for a bundled site\n';

/** dist/data/, two folders up from this module in dist/lib/cli/. */
const shippedData = fileURLToPath(new URL('../../data/', import.meta.url));

export async function copyData(options: { rest: string[] }): Promise<number> {
  const [target] = options.rest;
  if (!target) {
    console.error('kyr-content copy-data: name the folder to copy the data into, for example: kyr-content copy-data public/kyr-data');
    return 2;
  }
  let places: number;
  try {
    places = (JSON.parse(await readFile(join(shippedData, 'catalog.json'), 'utf8')) as { jurisdictions: unknown[] }).jurisdictions.length;
  } catch {
    console.error(`kyr-content copy-data: there is no published data at ${shippedData} (in a clone of kyr-widgets, run "npm run build" first).`);
    return 1;
  }
  await cp(shippedData, target, { recursive: true });
  console.log(
    `Copied the data for ${places} places to ${resolve(target)}/.\n` +
      `Serve that folder and point the elements at it, e.g. <kyr-rights-kit jurisdiction="ke" data-src="/${basename(resolve(target))}/">.`,
  );
  return 0;
}
