/**
 * Benchmark probe for the help directory. `__bench.render(url)` fetches a
 * synthetic record, the directory's code and the data check (outside the timing), then times: creating a
 * <kyr-help-directory>, giving it the record through its `data` property,
 * adding it to the page, its update, and a forced layout, until every contact
 * is in its shadow root.
 */
(() => {
  window.__bench = {
    async render(url) {
      const record = await (await fetch(url, { cache: 'no-store' })).json();
      const expected = record.contacts.length;
      // The directory and the data check are fetched when first used: fetched here, outside the timing.
      const { loadChecks, loadPart } = await import('/dist/kyr-widgets.js');
      await Promise.all([loadPart('kyr-help-directory'), loadChecks()]);
      // Let the page settle after the fetch, so the timing starts on a quiet main thread.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      const directory = document.createElement('kyr-help-directory');
      directory.data = record;
      document.getElementById('main').append(directory);
      let shown = 0;
      // Bounded: a directory that shows fewer than expected is reported (bench/lib/speed.js), not waited for forever.
      for (let frame = 0; frame < 600; frame++) {
        await directory.updateComplete;
        shown = directory.shadowRoot?.querySelectorAll('[part~="contact"]').length ?? 0;
        if (shown >= expected) break;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      // Style and layout of everything just rendered, as the next frame would need.
      directory.shadowRoot.querySelector('[part~="contact"]:last-of-type').getBoundingClientRect();
      return { ms: performance.now() - start, contacts: shown };
    },
  };
})();
