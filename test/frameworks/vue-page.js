// A Vue 3 page embedding the kit through a render function (custom elements need no
// registration with h(); with templates, set compilerOptions.isCustomElement).
import { createApp, h, ref } from 'vue';
import 'kyr-widgets/rights-kit.js';

createApp({
  setup() {
    const place = ref('ke');
    return () =>
      h('main', [
        h('h1', 'Vue 3'),
        h('kyr-rights-kit', { jurisdiction: place.value, 'data-src': '/data/', locale: 'en' }),
      ]);
  },
}).mount('#root');
