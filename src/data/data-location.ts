/**
 * Where the data is found when no `data-src` is given: `dist/data/`, which is
 * `../../data/` from this module in `dist/lib/data/`. The single-file bundle
 * replaces this module so the path is `./data/` beside `kyr-widgets.js`.
 */
export const defaultDataBase = new URL('../../data/', import.meta.url).href;
