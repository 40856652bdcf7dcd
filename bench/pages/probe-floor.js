/**
 * Benchmark probe for the floor: the kit's page with no element. It records
 * when kyr-widgets.js has arrived and run (its tags are defined), from
 * navigation start: what the network and the script alone cost, which no
 * rendering of the kit can beat.
 */
(() => {
  window.__bench = {
    ready: customElements.whenDefined('kyr-rights-kit').then(() => ({ ms: performance.now() })),
  };
})();
