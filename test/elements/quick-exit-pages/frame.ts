/**
 * The framed page's quick exit: the real element and its real `leave()`, with
 * one change: the destination is a same-origin page of the test server (http),
 * which the element itself would refuse, so the test can see where it landed.
 * Any Content-Security-Policy violation on the page is kept for the test to read.
 */
import { KyrQuickExit } from '../../../src/define/quick-exit.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
(window as unknown as { cspViolations: string[] }).cspViolations = violations;

class TestQuickExit extends KyrQuickExit {
  override get destination(): string {
    return new URL('landed.html', location.href).href;
  }
}
customElements.define('test-quick-exit', TestQuickExit);
