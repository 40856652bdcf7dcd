// The loading hints the demo and the bench pages carry (README "Faster on a slow network")
// name files the build really makes: a hint that went stale after a release would download
// nothing useful, silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pages = { 'demo/index.html': 'demo/', 'demo/elements.html': 'demo/', 'bench/pages/kit.html': '/' };

for (const [page, base] of Object.entries(pages)) {
  test(`${page}: every preload and modulepreload hint names a built file`, () => {
    const html = readFileSync(page, 'utf8');
    const hints = [...html.matchAll(/<link rel="(?:modulepreload|preload)" href="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(hints.length > 0, `${page} has no hints`);
    for (const href of hints) {
      const file = new URL(href, `file:///${base}`).pathname.slice(1);
      assert.ok(existsSync(file), `${page}: ${href} names ${file}, which the build did not make`);
    }
    // A preload the script can use must be fetched in the script's mode (see credentialsFor in src/data/load.ts).
    for (const match of html.matchAll(/<link rel="preload"[^>]*>/g)) {
      assert.match(match[0], /as="fetch" crossorigin="anonymous"/, `${page}: ${match[0]}`);
    }
  });
}
