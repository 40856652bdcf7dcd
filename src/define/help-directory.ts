import { KyrHelpDirectory } from '../elements/help-directory/help-directory.component.js';
import { define } from './define.js';

define('kyr-help-directory', KyrHelpDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'kyr-help-directory': KyrHelpDirectory;
  }
}

export { KyrHelpDirectory };
