/**
 * Where the data is found when no `data-src` is given: `dist/data/`, which is
 * `../../data/` from this module in `dist/lib/data/`. The single-file bundle
 * replaces this module so the path is `./data/` beside `kyr-widgets.js`.
 */
export function defaultDataBase(): string {
  try {
    return new URL('../../data/', import.meta.url).href;
  } catch {
    // A module with no usable URL of its own (inlined by a host's bundler): beside the page.
    return new URL('data/', document.baseURI).href;
  }
}
