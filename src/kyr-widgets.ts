/** Every element, defined: the entry behind the one-file `dist/kyr-widgets.js`. */
import './define/rights-kit.js';

export * from './index.js';
