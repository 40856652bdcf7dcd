/**
 * Benchmark probe for the quick-exit pages (ours and GOV.UK's run the same
 * file). Loaded as a classic script before the library, so it is CSP-safe and
 * sees the page as the library leaves it.
 *
 * `__bench.trigger(kind)` fires the exit the way a reader would (a click on
 * the link, or Shift pressed three times: keydown + keyup each), notes
 * performance.now() just before the final event is dispatched and, in the
 * same task right after dispatch returns, asks whether the page's content is
 * still rendered (`checkVisibility()` on <main id="content">: false when it or
 * any ancestor is display:none, content-visibility:hidden or, with the option,
 * visibility:hidden). If it is hidden then, the exit hid the page within the
 * trigger's own task. If not, the probe keeps asking on later tasks and
 * frames, so the time is still measured.
 *
 * The navigation that follows is stopped outside the page by the benchmark
 * (the DevTools protocol fails the request to the destination), so the page
 * stays for the probe to report.
 */
(() => {
  const hidden = (element) => !element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });

  const shift = (type) =>
    new KeyboardEvent(type, {
      key: 'Shift',
      code: 'ShiftLeft',
      keyCode: 16,
      shiftKey: type === 'keydown',
      bubbles: true,
      cancelable: true,
      composed: true,
    });

  const bench = {
    /** Resolves when the page's quick exit (ours or GOV.UK's) is ready to act. */
    ready() {
      return new Promise((resolve) => {
        const check = () => {
          const ours = document.querySelector('kyr-quick-exit');
          if (ours && customElements.get('kyr-quick-exit') && ours.shadowRoot?.querySelector('[part="bar"]')) return resolve('kyr');
          if (document.querySelector('[data-govuk-exit-this-page-init]')) return resolve('govuk');
          setTimeout(check, 10);
        };
        check();
      });
    },

    trigger(kind) {
      const content = document.getElementById('content');
      const link = document.querySelector('kyr-quick-exit > a, .govuk-exit-this-page__button');
      const target = document.body;
      let start;
      if (kind === 'click') {
        start = performance.now();
        link.click();
      } else {
        for (let press = 1; press <= 3; press++) {
          target.dispatchEvent(shift('keydown'));
          if (press === 3) start = performance.now();
          target.dispatchEvent(shift('keyup'));
        }
      }
      // Still the trigger's task: nothing has yielded to the event loop yet.
      const hiddenInTask = hidden(content);
      const end = performance.now();
      if (hiddenInTask) return Promise.resolve({ sameTask: true, ms: end - start });
      return new Promise((resolve) => {
        const poll = () => {
          if (hidden(content)) resolve({ sameTask: false, ms: performance.now() - start });
          else setTimeout(poll, 0);
        };
        setTimeout(poll, 0);
      });
    },
  };
  window.__bench = bench;
})();
