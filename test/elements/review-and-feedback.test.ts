// What readers see of a review sign-off and where they can report a mistake: the
// same footer on the card, the arrest guide, the firewall notice and the help
// directory, in every state a record can be in.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import type { PublishedRecord } from '../../src/data/schema.js';
import { expectAccessible, publishedRecord, settled, visibleText, withChanges } from './helpers.js';

const tags = ['kyr-rights-card', 'kyr-arrest-guide', 'kyr-firewall-notice', 'kyr-help-directory'] as const;
const review = { by: 'Kenya Sex Workers Alliance', on: '2026-11-22', version: '1.0.0', status: 'legal-reviewed' as const };
const feedback = 'mailto:corrections@example.org';

async function show(tag: (typeof tags)[number], changes: Record<string, unknown>) {
  // Some changes are ones the check must refuse, so they are not typed as a valid record.
  const data = withChanges(await publishedRecord('ke'), changes as Partial<PublishedRecord>);
  const element = document.createElement(tag) as HTMLElement & { data: unknown };
  element.data = data;
  await fixture(html`<div>${element}</div>`);
  await settled(element as never);
  return element;
}

describe('review sign-off and feedback link', () => {
  for (const tag of tags) {
    it(`${tag} shows who reviewed which version and when, and links to the maintainers`, async () => {
      const element = await show(tag, { status: 'legal-reviewed', reviewedBy: [review.by], review, feedback });
      const text = visibleText(element);
      expect(text).to.contain('Legal review by Kenya Sex Workers Alliance on November 22, 2026, of version 1.0.0.');
      expect(text).not.to.contain('Draft');
      const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="feedback"] a');
      expect(link?.getAttribute('href')).to.equal(feedback);
      expect(link?.textContent?.trim()).to.equal('Something wrong or out of date? Tell the people who keep this information.');
      await expectAccessible(element);
    });

    it(`${tag} tells readers when the record changed since its review`, async () => {
      const element = await show(tag, { status: 'changed-since-review', version: '1.1.0', reviewedBy: [review.by], review });
      const text = visibleText(element);
      expect(text).to.contain('Changed since it was last reviewed');
      expect(text).to.contain('of version 1.0.0.');
      expect(element.shadowRoot!.querySelector('[part="feedback"]')).to.equal(null, 'no link when the record names none');
      await expectAccessible(element);
    });
  }

  it('refuses a feedback address that is not https: or mailto:', async () => {
    const element = await show('kyr-rights-card', { feedback: 'tel:+254700000000' });
    expect(element.shadowRoot!.querySelector('[part="feedback"]')).to.equal(null);
    expect(visibleText(element)).not.to.contain('Something wrong');
  });
});
