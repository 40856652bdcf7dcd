// The data layer's rules, on the compiled modules the browser bundle is built from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legalModelLabel } from '../../dist/lib/data/legal-model.js';
import { isAllowedHref } from '../../dist/lib/data/links.js';

const facts = (overrides) => ({
  selling: 'legal', buying: 'legal', thirdParties: 'legal', soliciting: 'legal', advertising: 'legal', sharingPremises: 'legal',
  ...overrides,
});

test('the legal-model label follows from the facts', () => {
  assert.equal(legalModelLabel(facts({ selling: 'criminalised', buying: 'criminalised' })), 'full-criminalisation');
  assert.equal(legalModelLabel(facts({ selling: 'administrative', buying: 'criminalised' })), 'full-criminalisation');
  assert.equal(legalModelLabel(facts({ buying: 'criminalised', thirdParties: 'criminalised' })), 'client-criminalisation');
  assert.equal(legalModelLabel(facts({ thirdParties: 'criminalised', soliciting: 'criminalised' })), 'partial-criminalisation');
  // Selling punished, buying not: the reader's own offence is the headline, not "partly".
  assert.equal(legalModelLabel(facts({ selling: 'criminalised' })), 'selling-criminalised');
  assert.equal(legalModelLabel(facts({ selling: 'regulated', buying: 'regulated' })), 'legalisation');
  assert.equal(legalModelLabel(facts({})), 'decriminalisation');
  assert.equal(legalModelLabel(facts({ selling: 'varies' })), 'varies');
  assert.equal(legalModelLabel(facts({ selling: 'unknown' })), 'unknown');
  // An unknown purchase law is never guessed into "full" or "decriminalised",
  // and never hides that selling itself is punished.
  assert.equal(legalModelLabel(facts({ selling: 'criminalised', buying: 'unknown' })), 'selling-criminalised');
  assert.equal(legalModelLabel(facts({ selling: 'administrative', buying: 'unknown', thirdParties: 'unknown' })), 'selling-criminalised');
  assert.equal(legalModelLabel(facts({ selling: 'unknown', buying: 'unknown', soliciting: 'criminalised' })), 'soliciting-criminalised');
  assert.equal(legalModelLabel(facts({ selling: 'unknown', soliciting: 'legal' })), 'unknown');
  // Buying punished in some regions only: the reader's own offence still leads.
  assert.equal(legalModelLabel(facts({ selling: 'administrative', buying: 'varies' })), 'selling-criminalised');
  assert.equal(legalModelLabel(facts({ selling: 'legal', buying: 'varies' })), 'varies');
  assert.equal(legalModelLabel(facts({ buying: 'unknown' })), 'unknown');
  assert.equal(legalModelLabel(facts({ buying: 'unknown', thirdParties: 'criminalised' })), 'partial-criminalisation');
});

test('links are limited to https, tel, sms and mailto', () => {
  for (const ok of ['https://bhesp.org/', 'tel:+254202608944', 'sms:+15551234', 'mailto:info@example.org']) {
    assert.equal(isAllowedHref(ok), true, ok);
  }
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'http://example.org/', 'https://', 'vbscript:x', '//example.org', 'tel:']) {
    assert.equal(isAllowedHref(bad), false, bad);
  }
});
