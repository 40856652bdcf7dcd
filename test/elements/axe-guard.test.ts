/**
 * Proves the accessibility check is live: if axe were not loaded or not run,
 * every "accessible" assertion elsewhere would pass for nothing.
 */
import { expect, fixture, html } from '@open-wc/testing';

describe('the axe check', () => {
  it('fails on a button without a name and a field without a label', async () => {
    const element = await fixture(html`<div><button></button><input type="text" /></div>`);
    await expect(element).not.to.be.accessible();
  });

  it('passes on the same markup made accessible', async () => {
    const element = await fixture(html`<div><button>Close</button><label>Name <input type="text" /></label></div>`);
    await expect(element).to.be.accessible();
  });
});
