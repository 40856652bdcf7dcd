import { KyrArrestGuide, type StageChangeDetail } from '../elements/arrest-guide/arrest-guide.component.js';
import { define } from './define.js';

define('kyr-arrest-guide', KyrArrestGuide);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-arrest-guide': KyrArrestGuide;
  }
  interface GlobalEventHandlersEventMap {
    /** The reader opened a stage of a `<kyr-arrest-guide>`. */
    'kyr-stage-change': CustomEvent<StageChangeDetail>;
  }
}

export { KyrArrestGuide };
export type { StageChangeDetail };
