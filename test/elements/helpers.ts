/** Shared test helpers: the real built data, and records changed one field at a time. */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PublishedRecord } from '../../src/data/schema.js';
import { clearDataCache } from '../../src/data/load.js';

/** Where `npm test` has built the real content. */
export const DATA = '/dist/data/';

export async function publishedRecord(id: string, locale = 'en', version = '1.0.0'): Promise<PublishedRecord> {
  const response = await fetch(`${DATA}${id}/${version}/${locale}.json`);
  if (!response.ok) throw new Error(`the test data ${id}/${locale} is not built`);
  return response.json();
}

/** A copy of a record with some fields changed. */
export function withChanges(record: PublishedRecord, changes: Partial<PublishedRecord>): PublishedRecord {
  return { ...structuredClone(record), ...changes };
}

/** Wait until the element has left its loading state. */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  // The first render waits for the element's words in its language: until then there is no loading state to see.
  await element.updateComplete;
  await waitUntil(() => !element.shadowRoot?.querySelector('[part="loading"]'), 'element stayed in its loading state', { timeout: 8000 });
  await element.updateComplete;
}

/** The element `tag` inside `host`'s shadow root, once it is there and has left its loading state. */
export async function settledPart<T extends HTMLElement & { updateComplete: Promise<boolean> }>(host: Element, tag: string): Promise<T> {
  await waitUntil(() => host.shadowRoot?.querySelector(tag), `${tag} not rendered`);
  const element = host.shadowRoot!.querySelector<T>(tag)!;
  await settled(element);
  return element;
}

/** The text a reader would see, whitespace collapsed. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
}

export { clearDataCache };

/** Switch the page to print (or back to screen) media; false where the browser cannot (Firefox). */
export async function emulateMediaType(media: 'print' | 'screen'): Promise<boolean> {
  return (await executeServerCommand('kyr-emulate-media-type', { media })) === true;
}

/**
 * Run `body` on a network that never answers, so an element stays in its loading
 * state for as long as the test needs; the real fetch and an empty cache come back after.
 */
export async function withStalledNetwork<T>(body: () => Promise<T>): Promise<T> {
  clearDataCache();
  const realFetch = window.fetch;
  window.fetch = () => new Promise<Response>(() => {});
  try {
    return await body();
  } finally {
    window.fetch = realFetch;
    clearDataCache();
  }
}
