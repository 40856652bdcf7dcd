/**
 * Benchmark probe for the kit. From the first frame on it looks, once per
 * animation frame, for the kit's rights card with its content rendered (the
 * title and the list of rights) and the place picker ready; it records
 * performance.now(), which counts from navigation start (timeOrigin).
 *
 * `__bench.rerender(id)` sets the kit's `jurisdiction` and times the wait
 * until the card shows the new place's content (fetch included).
 */
(() => {
  const kit = () => document.querySelector('kyr-rights-kit');
  const inKit = (selector) => kit()?.shadowRoot?.querySelector(selector) ?? null;

  /** The card's title text when its content (title and at least one right) is rendered, else ''. */
  const cardContent = () => {
    const root = inKit('kyr-rights-card')?.shadowRoot;
    const title = root?.querySelector('.card [role="heading"]');
    return title && root.querySelector('.card .rights li') ? title.textContent.trim() : '';
  };
  const pickerReady = () => Boolean(inKit('kyr-jurisdiction-picker')?.shadowRoot?.querySelector('input[role="combobox"]'));

  const onFrame = (check) =>
    new Promise((resolve) => {
      const tick = () => (check() ? resolve(performance.now()) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });

  // Long tasks (over 50 ms) from navigation start, to find the longest of the first render.
  const longTasks = [];
  try {
    new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the longest task reads 0.
  }

  const bench = {
    firstRender: onFrame(() => cardContent() !== '' && pickerReady()).then((at) => ({
      ms: at,
      title: cardContent(),
      longestTask: Math.max(0, ...longTasks.filter((task) => task.startTime < at).map((task) => task.duration)),
      // When each file had arrived (responseEnd, from navigation start): where the time went.
      arrived: Object.fromEntries([
        ['page', performance.getEntriesByType('navigation')[0]?.responseEnd],
        ...performance.getEntriesByType('resource').map((entry) => [new URL(entry.name).pathname, entry.responseEnd]),
      ]),
    })),

    async rerender(jurisdiction) {
      await bench.firstRender;
      const before = cardContent();
      const start = performance.now();
      kit().jurisdiction = jurisdiction;
      const end = await onFrame(() => {
        const now = cardContent();
        return now !== '' && now !== before && inKit('kyr-rights-card').jurisdiction === jurisdiction;
      });
      return { ms: end - start, title: cardContent() };
    },
  };
  window.__bench = bench;
})();
