/**
 * The parts that are not in a first view: the kit shows the rights card first,
 * so the arrest guide, the firewall notice and the help directory are fetched
 * only when one is first shown. On a slow network the first view then waits
 * for less code; a bundler (or rollup for the one-file build) makes each a
 * chunk of its own.
 */
export const onDemandParts = {
  'kyr-arrest-guide': () => import('./arrest-guide.js'),
  'kyr-firewall-notice': () => import('./firewall-notice.js'),
  'kyr-help-directory': () => import('./help-directory.js'),
} as const;

export type OnDemandTag = keyof typeof onDemandParts;

const requested = new Map<OnDemandTag, Promise<unknown>>();

/** Define `tag` (once) if it is an on-demand part; resolves when it is defined. A failed fetch may be asked again. */
export function loadPart(tag: string): Promise<unknown> {
  if (!(tag in onDemandParts)) return Promise.resolve();
  let pending = requested.get(tag as OnDemandTag);
  if (!pending) {
    pending = onDemandParts[tag as OnDemandTag]();
    requested.set(tag as OnDemandTag, pending);
    pending.catch(() => requested.delete(tag as OnDemandTag));
  }
  return pending;
}

/**
 * For the one-file build: define an on-demand part as soon as its tag is in the
 * document, now or later (a page script or a framework adding it). Inside a
 * shadow root of your own, import the part's module yourself.
 */
export function loadPartsWhenOnPage(root: ParentNode & Node = document): void {
  const tags = Object.keys(onDemandParts) as OnDemandTag[];
  const watcher = new MutationObserver(() => look());
  const look = () => {
    const waiting = tags.filter((tag) => !customElements.get(tag));
    for (const tag of waiting) if (root.querySelector(tag)) void loadPart(tag).catch(() => undefined);
    // Once every part is defined there is nothing left to look for on a busy page.
    if (!waiting.length) watcher.disconnect();
  };
  look();
  watcher.observe(root, { childList: true, subtree: true });
}
