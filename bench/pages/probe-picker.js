/**
 * Benchmark probe for the place picker at scale. `__bench.render(dataSrc, id)`
 * times a new <kyr-jurisdiction-picker> from creation to its field showing
 * the chosen place (the downloads and checks it waits for included).
 * `__bench.openList()` then times opening the list, through to its options
 * drawn (waiting for the list of every place if it has not arrived yet) and
 * a forced layout. When the picker
 * shows its error state instead, the time to that state and its message are
 * returned.
 */
(() => {
  const onFrame = (check) =>
    new Promise((resolve) => {
      const tick = () => (check() ? resolve(performance.now()) : requestAnimationFrame(tick));
      tick();
    });
  let picker;
  window.__bench = {
    async render(dataSrc, jurisdiction) {
      await customElements.whenDefined('kyr-jurisdiction-picker');
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      picker = document.createElement('kyr-jurisdiction-picker');
      picker.setAttribute('data-src', dataSrc);
      picker.jurisdiction = jurisdiction;
      document.getElementById('main').append(picker);
      const end = await onFrame(() => {
        const input = picker.shadowRoot?.querySelector('input[role="combobox"]');
        return Boolean((input && input.value) || picker.shadowRoot?.querySelector('[part="error"]'));
      });
      const error = picker.shadowRoot.querySelector('[part="error"] p');
      if (error) return { ms: end - start, error: error.textContent.trim() };
      return { ms: end - start, shown: picker.shadowRoot.querySelector('input').value };
    },

    async openList() {
      const input = picker.shadowRoot.querySelector('input[role="combobox"]');
      if (!input) return { ms: NaN, options: 0 };
      const start = performance.now();
      input.click();
      // The field can be ready before the list of every place has arrived: the list counts once drawn.
      await onFrame(() => picker.shadowRoot.querySelector('[role="option"]'));
      await picker.updateComplete;
      const options = picker.shadowRoot.querySelectorAll('[role="option"]');
      options[options.length - 1]?.getBoundingClientRect();
      return { ms: performance.now() - start, options: options.length };
    },
  };
})();
