/**
 * Hostile data (safety rules 4 and 5), property-based with fast-check, in the
 * browser: the runtime check (`checkRecord`) and every data element are fed
 * real records with adversarial changes (markup and script in text fields,
 * `javascript:` and `data:` links, huge strings, deep nesting, wrong types,
 * unknown and `__proto__` keys) and plain random junk. Nothing may run (any
 * injected handler would set `window.__kyrCanary`), nothing may throw
 * uncaught, no markup may become an element, no link may leave the
 * allow-list, and each case ends in either a correct render (the text shown as
 * text) or the error state, with the page's quick exit still there.
 *
 * Every property runs at least 1,000 cases from a fixed seed; a failure names
 * the seed and the path to replay it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import '../../src/define/quick-exit.js';
import { DataError, loadRecord } from '../../src/data/load.js';
import { checkRecord } from '../../src/data/check.js';
import { isAllowedHref } from '../../src/data/links.js';
import type { PublishedRecord } from '../../src/data/schema.js';
import type { KyrDataElement } from '../../src/elements/shared/data-element.js';
import { DATA, clearDataCache, publishedRecord, settled } from './helpers.js';

const SEED = 20261122;
const RUNS = 1000;

/** fc.assert with the fixed seed; the failure message always starts with the seed (fast-check adds the path). */
function assertProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IPropertyWithHooks<Ts>): void {
  try {
    fc.assert(property, { seed: SEED, numRuns: RUNS });
  } catch (error) {
    throw withSeed(error);
  }
}

async function assertAsyncProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IAsyncPropertyWithHooks<Ts>): Promise<void> {
  try {
    await fc.assert(property, { seed: SEED, numRuns: RUNS });
  } catch (error) {
    throw withSeed(error);
  }
}

/** fast-check's own message has the seed and the replay path; the seed leads, whatever a reporter cuts. */
function withSeed(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  // fast-check 4 keeps the property's own error as `cause`: say it, or the report only shows the input.
  const cause = error instanceof Error && error.cause !== undefined ? `\nWhat failed: ${error.cause instanceof Error ? error.cause.message : String(error.cause)}` : '';
  return new Error(`fast-check seed ${SEED} (replay with the seed and path below):${cause}\n${message.slice(0, 3000)}`);
}

// ── What an attacker would put in a data file ─────────────────────────────

declare global {
  interface Window {
    __kyrCanary?: unknown;
  }
}

/** Markup and script that would set the canary if it ever became live DOM or code. */
const markupPayloads = [
  '<img src=x onerror="window.__kyrCanary=1">',
  '<script>window.__kyrCanary=1</script>',
  '<svg onload="window.__kyrCanary=1"></svg>',
  '<iframe srcdoc="<script>parent.__kyrCanary=1</script>"></iframe>',
  '<a href="javascript:window.__kyrCanary=1">tap</a>',
  '<style>*{display:none}</style>',
  '"><img src=x onerror=window.__kyrCanary=1>',
  "'><svg/onload=window.__kyrCanary=1>",
  '${window.__kyrCanary=1}',
  '{{constructor.constructor("window.__kyrCanary=1")()}}',
  '<!--',
  '<lit$123$>',
  '<?lit$1$>',
  '</template><script>window.__kyrCanary=1</script>',
  '\u202Eevil\u202C',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__kyrCanary=1>',
  '&lt;script&gt;',
  '\u0000',
];

/** Links that must never become a live href. */
const badHrefs = [
  'javascript:window.__kyrCanary=1',
  'JaVaScRiPt:window.__kyrCanary=1',
  ' javascript:window.__kyrCanary=1',
  'java\tscript:window.__kyrCanary=1',
  'java\nscript:window.__kyrCanary=1',
  '\u0000javascript:window.__kyrCanary=1',
  'javascript://%0Awindow.__kyrCanary=1',
  'data:text/html,<script>parent.__kyrCanary=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19reXJDYW5hcnk9MTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'blob:https://example.org/0',
  'file:///etc/passwd',
  '//evil.example/',
  'http://plain.example/',
  'https:',
  'https://',
  'tel:',
  'mailto:',
  'ftp://example.org/',
  '',
];
const goodHrefs = ['https://example.org/help', 'tel:+254700000000', 'sms:+254700000000', 'mailto:help@example.org', 'https://example.org/"><img src=x onerror=window.__kyrCanary=1>'];

const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...markupPayloads),
  fc.tuple(fc.string(), fc.constantFrom(...markupPayloads), fc.string()).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('x'.repeat(4001), '<b>'.repeat(20_000), ' '.repeat(10), ''),
);

const hostileHref: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...badHrefs), fc.constantFrom(...goodHrefs), fc.webUrl(), fc.string({ maxLength: 30 }));

/** Nesting deeper than any recursive walker should go; built without recursion. */
function deeplyNested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { text: value };
  return value;
}

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  fc.constantFrom(deeplyNested(5_000, 'array'), deeplyNested(5_000, 'object')),
);

// ── Mutating a real record ────────────────────────────────────────────────

type Path = (string | number)[];
type Mutation =
  | { kind: 'text'; at: number; value: string }
  | { kind: 'href'; at: number; value: string }
  | { kind: 'type'; at: number; value: unknown }
  | { kind: 'extra-key'; at: number; key: string; value: unknown };

/** Every place in a record: leaves (strings, numbers, booleans) and containers. */
function pathsOf(value: unknown, path: Path = [], out: { leaves: Path[]; containers: Path[]; links: Path[] } = { leaves: [], containers: [], links: [] }) {
  if (value && typeof value === 'object') {
    out.containers.push(path);
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, Array.isArray(value) ? Number(key) : key], out);
  } else {
    out.leaves.push(path);
    const last = path[path.length - 1];
    if (last === 'href' || last === 'url') out.links.push(path);
  }
  return out;
}

function setAt(target: unknown, path: Path, value: unknown): void {
  if (!path.length) return;
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

function getAt(target: unknown, path: Path): unknown {
  let node = target as Record<string | number, unknown> | undefined;
  for (const key of path) node = node?.[key] as Record<string | number, unknown> | undefined;
  return node;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), value: hostileText }),
  fc.record({ kind: fc.constant('href' as const), at: fc.nat(), value: hostileHref }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(), value: wrongType }),
  fc.record({
    kind: fc.constant('extra-key' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'onclick', 'innerHTML', 'extra'),
    value: fc.oneof(hostileText, wrongType),
  }),
);

let bases: PublishedRecord[] = [];

/** A real record with some hostile changes, as a data file would deliver it (through JSON). */
function mutate(base: PublishedRecord, mutations: Mutation[]): unknown {
  const record = structuredClone(base) as unknown;
  const places = pathsOf(record);
  for (const change of mutations) {
    if (change.kind === 'text') setAt(record, places.leaves[change.at % places.leaves.length]!, change.value);
    else if (change.kind === 'href' && places.links.length) setAt(record, places.links[change.at % places.links.length]!, change.value);
    else if (change.kind === 'type') setAt(record, places.leaves[change.at % places.leaves.length]!, change.value);
    else if (change.kind === 'extra-key') {
      const container = getAt(record, places.containers[change.at % places.containers.length]!);
      // Through JSON, as a file would carry it: "__proto__" becomes an own key, not a prototype.
      if (container && typeof container === 'object' && !Array.isArray(container)) {
        Object.defineProperty(container, change.key, { value: change.value, enumerable: true, configurable: true, writable: true });
      }
    }
  }
  try {
    return JSON.parse(JSON.stringify(record)) as unknown;
  } catch {
    // Too deep for JSON.stringify in this browser: hand over the object itself.
    return record;
  }
}

const hostileRecord: fc.Arbitrary<unknown> = fc
  .tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([which, mutations]) => mutate(bases[which % bases.length]!, mutations));

// ── What must hold after every case ───────────────────────────────────────

const pageErrors: string[] = [];
const onError = (event: ErrorEvent) => pageErrors.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => pageErrors.push(`unhandled rejection: ${String(event.reason)}`);

/** Tags that would load or run something if markup from data ever became DOM. */
const DANGEROUS = 'script, iframe, frame, object, embed, img, image, video, audio, source, style, link, meta, base, form, template, foreignObject, math, animate, set';

/** The first way the element's DOM lets data act instead of read, or '' when none. */
function liveMarkupIn(root: ShadowRoot): string {
  const dangerous = root.querySelector(DANGEROUS);
  if (dangerous) return `a <${dangerous.localName}> element`;
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) return `an ${name} attribute on <${element.localName}>`;
      if (['src', 'srcdoc', 'action', 'formaction', 'xlink:href', 'style'].includes(name)) return `a ${name} attribute on <${element.localName}>`;
      if (name === 'href' && !isAllowedHref(attribute.value) && !/^#[\w-]*$/.test(attribute.value)) {
        return `a link to ${JSON.stringify(attribute.value.slice(0, 80))}`;
      }
    }
  }
  return '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const shownText = (element: Element) => collapse(element.shadowRoot!.textContent ?? '');

/** Whether checkRecord accepts `value` (the oracle for what an element should do with it). */
function accepted(value: unknown): boolean {
  try {
    checkRecord(value, 'oracle');
    return true;
  } catch {
    return false;
  }
}

type View = { name: string; element: KyrDataElement };

/** After `.data` is set: the render is either the record or the error state, with nothing live and the exit reachable. */
function expectSafeRender(view: View, valid: boolean, exit: HTMLElement): void {
  const root = view.element.shadowRoot!;
  const live = liveMarkupIn(root);
  if (live) throw new Error(`${view.name}: data became live markup: ${live}`);
  if (window.__kyrCanary !== undefined) throw new Error(`${view.name}: injected code ran`);
  if (pageErrors.length) throw new Error(`${view.name}: uncaught: ${pageErrors.join('; ')}`);
  if (({} as Record<string, unknown>).polluted !== undefined || Object.prototype.hasOwnProperty.call(Object.prototype, 'onclick')) {
    throw new Error(`${view.name}: Object.prototype was polluted`);
  }
  const error = root.querySelector('[part="error"]');
  if (valid) {
    if (error) throw new Error(`${view.name}: a record checkRecord accepts was shown as an error`);
    if (!shownText(view.element).includes('This is information, not legal advice.')) {
      throw new Error(`${view.name}: a record was shown without its review footer`);
    }
  } else {
    if (!error || error.getAttribute('role') !== 'alert') throw new Error(`${view.name}: a record checkRecord refuses was not shown as an error`);
    if (!error.textContent!.includes('did not pass a safety check')) throw new Error(`${view.name}: the error does not say why`);
    if (!error.querySelector('button')) throw new Error(`${view.name}: the error offers no "Try again"`);
    // Fail closed: not half a card beside the error.
    if (root.querySelector('[part="card"], [part="guide"], [part="notice-box"], [part="directory"], [part="wallet"]')) {
      throw new Error(`${view.name}: part of a refused record is shown`);
    }
  }
  const exitLink = exit.shadowRoot?.querySelector('a[part="link"]');
  if (!exit.isConnected || !exitLink || exitLink.getClientRects().length === 0) throw new Error(`${view.name}: the quick exit is not reachable`);
}

/** SHA-256 hex digest, as the catalog writes it. */
async function sha256(text: string): Promise<string> {
  return Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))), (b) => b.toString(16).padStart(2, '0')).join('');
}

type FileRef = { path: string; sha256: string; bytes: number };

/** A catalog holding only Kenya, with the given version, current files and (if it has earlier versions) list of versions. */
function kenyaCatalog(version: string, files: Record<string, FileRef>, history?: FileRef): string {
  return JSON.stringify({
    format: 'kyr-catalog/2',
    jurisdictions: [
      {
        id: 'ke',
        names: { en: 'Kenya' },
        sourceLocale: 'en',
        locales: [{ code: 'en', translation: 'original' }],
        version,
        status: 'draft',
        lastReviewed: '2026-01-01',
        nextReviewDue: '2027-01-01',
        files,
        history,
      },
    ],
  });
}

describe('hostile data (fast-check, seed 20261122)', function () {
  // 1,000 cases per property, in each browser: well within a minute, but more than mocha's default.
  this.timeout(120_000);

  let views: View[] = [];
  let exit: HTMLElement;

  before(async () => {
    bases = [await publishedRecord('ke'), await publishedRecord('mx')];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  // One of each view, reused for every case of a property (fixtures are removed after each test).
  beforeEach(async () => {
    pageErrors.length = 0;
    delete window.__kyrCanary;
    // Each starts with a real record, so none of them fetches anything on its own.
    const start = bases[0];
    const parent = await fixture<HTMLElement>(html`<div>
      <kyr-quick-exit href="https://example.org/weather"></kyr-quick-exit>
      <kyr-rights-card data-view="rights card (full)" .data=${start}></kyr-rights-card>
      <kyr-rights-card data-view="rights card (compact)" variant="compact" .data=${start}></kyr-rights-card>
      <kyr-rights-card data-view="wallet card" variant="wallet" .data=${start}></kyr-rights-card>
      <kyr-arrest-guide data-view="arrest guide" .data=${start}></kyr-arrest-guide>
      <kyr-firewall-notice data-view="firewall notice" .data=${start}></kyr-firewall-notice>
      <kyr-help-directory data-view="help directory" data-src=${DATA} .data=${start}></kyr-help-directory>
    </div>`);
    exit = parent.querySelector('kyr-quick-exit')!;
    views = [...parent.querySelectorAll<KyrDataElement>('[data-view]')].map((element) => ({ name: element.dataset.view!, element }));
    await (exit as KyrDataElement).updateComplete;
    // Each shows its real record first (the first time, once the runtime check has arrived).
    await Promise.all(views.map((view) => settled(view.element)));
  });

  it('checkRecord: random junk of any shape is refused with a DataError, never a crash', () => {
    const junk = fc.oneof(
      fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }),
      fc.json().map((text) => JSON.parse(text) as unknown),
      wrongType,
    );
    assertProperty(
      fc.property(junk, (value) => {
        let thrown: unknown;
        try {
          checkRecord(value, 'junk');
        } catch (error) {
          thrown = error;
        }
        // fast-check can build a valid record only by astonishing luck; anything else must be refused cleanly.
        if (!(thrown instanceof DataError) || thrown.reason !== 'invalid') throw new Error(`not refused with DataError('invalid'): ${String(thrown)}`);
      }),
    );
  });

  it('checkRecord: a real record with hostile changes is refused, or comes back with only allowed links and bounded text', () => {
    assertProperty(
      fc.property(hostileRecord, (value) => {
        let record: PublishedRecord;
        try {
          record = checkRecord(value, 'hostile');
        } catch (error) {
          if (!(error instanceof DataError) || error.reason !== 'invalid') throw new Error(`refused without a DataError('invalid'): ${String(error)}`);
          return;
        }
        const places = pathsOf(record);
        for (const path of places.links) {
          const href = getAt(record, path);
          if (typeof href !== 'string' || !isAllowedHref(href)) throw new Error(`a link outside the allow-list passed: ${String(href)}`);
        }
        for (const path of places.leaves) {
          const leaf = getAt(record, path);
          // Free text is bounded; ids (citations) may be long but only ever of [a-z0-9-].
          if (typeof leaf === 'string' && leaf.length > 4000 && !/^[a-z0-9][a-z0-9-]*$/.test(leaf)) {
            throw new Error(`${path.join('.')} passed with ${leaf.length} characters`);
          }
        }
        if (Object.getPrototypeOf(record) !== Object.prototype) throw new Error('the record came back with another prototype');
      }),
    );
  });

  // Each case renders in one of the six views (chosen by fast-check too), reusing the element: 1,000 cases stay quick.
  const viewIndex = fc.nat({ max: 5 });

  it('every data element: a hostile record is shown safely or refused visibly; nothing runs, nothing throws, the exit stays', async () => {
    await assertAsyncProperty(
      fc.asyncProperty(viewIndex, hostileRecord, async (index, value) => {
        const view = views[index]!;
        view.element.data = value;
        await view.element.updateComplete;
        expectSafeRender(view, accepted(value), exit);
      }),
    );
    expect(window.__kyrCanary).to.equal(undefined);
  });

  it('every data element: markup in shown text fields is shown as the same text, never parsed', async () => {
    const payload = fc
      .oneof(hostileText, fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }))
      .filter((text) => text.trim().length > 0 && text.length <= 4000);
    await assertAsyncProperty(
      fc.asyncProperty(viewIndex, fc.nat(), payload, payload, async (index, which, sourceTitle, rightTitle) => {
        const view = views[index]!;
        const record = structuredClone(bases[which % bases.length]!);
        // Every view lists the sources in its review footer; the rights card's three views show the first right's title.
        record.sources[0]!.title = sourceTitle;
        record.rights[0]!.title = rightTitle;
        view.element.data = record;
        await view.element.updateComplete;
        expectSafeRender(view, true, exit);
        const shown = shownText(view.element);
        const expected = view.element.localName === 'kyr-rights-card' ? [sourceTitle, rightTitle] : [sourceTitle];
        for (const text of expected) {
          if (!shown.includes(collapse(text))) throw new Error(`${view.name}: ${JSON.stringify(text.slice(0, 80))} is not shown as text`);
        }
      }),
    );
  });

  it('the loader: a 5 MB file, truncated JSON, HTML, a wrong hash and deep nesting are refused with a DataError, never a crash', async () => {
    const base = 'https://hostile-host.test/data/';
    const good = JSON.stringify(bases[0]);
    const catalogFor = async (body: string, overrides: { sha256?: string; bytes?: number } = {}): Promise<string> =>
      kenyaCatalog(
        '1.0.0',
        { en: { path: 'ke/1.0.0/en.json', sha256: overrides.sha256 ?? (await sha256(body)), bytes: overrides.bytes ?? new TextEncoder().encode(body).byteLength } },
      );
    const huge = JSON.stringify({ ...bases[0], padding: 'x'.repeat(5 * 1024 * 1024) });
    const truncated = good.slice(0, Math.floor(good.length / 2));
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const cases: { name: string; catalog: string; file: string; headers?: Record<string, string>; reason: string[] }[] = [
      // (The size is refused before any hash is computed, so these catalogs need no real hash.)
      { name: '5 MB, and the catalog says so', catalog: await catalogFor(huge, { sha256: '0'.repeat(64) }), file: huge, reason: ['invalid'] },
      // A catalog that understates the size: the file itself is measured.
      { name: '5 MB, declared in content-length', catalog: await catalogFor(huge, { sha256: '0'.repeat(64), bytes: 1000 }), file: huge, headers: { 'content-length': String(huge.length) }, reason: ['invalid'] },
      { name: '5 MB, streamed without a length', catalog: await catalogFor(huge, { sha256: '0'.repeat(64), bytes: 1000 }), file: huge, reason: ['invalid'] },
      { name: 'truncated JSON with a matching hash', catalog: await catalogFor(truncated), file: truncated, reason: ['invalid'] },
      { name: 'truncated JSON against the full file\'s hash and size', catalog: await catalogFor(good), file: truncated, reason: ['integrity'] },
      { name: 'a file whose hash does not match (same size)', catalog: await catalogFor(good, { sha256: '0'.repeat(64) }), file: good, reason: ['integrity'] },
      { name: 'an HTML page', catalog: await catalogFor('<!doctype html><p>hi'), file: '<!doctype html><p>hi', reason: ['invalid'] },
      { name: '100,000 levels of nesting', catalog: await catalogFor(deep), file: deep, reason: ['invalid'] },
      { name: 'a __proto__ key', catalog: await catalogFor(good.replace('{', '{"__proto__":{"polluted":1},')), file: good.replace('{', '{"__proto__":{"polluted":1},'), reason: ['invalid'] },
      { name: 'a catalog that is HTML', catalog: '<!doctype html>', file: good, reason: ['invalid'] },
      { name: 'a catalog that is deep nesting', catalog: deep, file: good, reason: ['invalid'] },
    ];
    const realFetch = window.fetch;
    try {
      for (const test of cases) {
        clearDataCache();
        window.fetch = async (input: RequestInfo | URL) => {
          const url = String(input instanceof Request ? input.url : input);
          const body = url === `${base}catalog.json` ? test.catalog : url === `${base}ke/1.0.0/en.json` ? test.file : undefined;
          if (body === undefined) return new Response('Not found', { status: 404 });
          // A stream, so no length is known unless a header says it.
          const stream = new Blob([body]).stream();
          return new Response(stream, { status: 200, headers: { 'content-type': 'application/json', ...test.headers } });
        };
        let thrown: unknown;
        try {
          await loadRecord({ jurisdiction: 'ke', locale: 'en', dataSrc: base });
        } catch (error) {
          thrown = error;
        }
        expect(thrown, test.name).to.be.instanceOf(DataError);
        expect(test.reason, `${test.name}: ${String(thrown)}`).to.include((thrown as DataError).reason);
        expect(({} as Record<string, unknown>).polluted, test.name).to.equal(undefined);
      }
      // And the same host, sound again: the loader recovers.
      clearDataCache();
      const goodCatalog = await catalogFor(good);
      window.fetch = async (input: RequestInfo | URL) => {
        const url = String(input instanceof Request ? input.url : input);
        return new Response(url.endsWith('catalog.json') ? goodCatalog : good, { status: 200 });
      };
      const loaded = await loadRecord({ jurisdiction: 'ke', locale: 'en', dataSrc: base });
      expect(loaded.record.id).to.equal('ke');
    } finally {
      window.fetch = realFetch;
      clearDataCache();
    }
  });

  it('the loader: a pinned older version is read through the list of versions, which must match the catalog and name the same place', async () => {
    const base = 'https://hostile-host.test/pinned/';
    const older = JSON.stringify({ ...bases[0], version: '0.9.0' });
    const current = JSON.stringify(bases[0]);
    const named = async (path: string, text: string): Promise<FileRef> => ({ path, sha256: await sha256(text), bytes: new TextEncoder().encode(text).byteLength });
    const versionsList = (id: string) =>
      JSON.stringify({
        format: 'kyr-versions/1',
        id,
        versions: [
          { version: bases[0]!.version, files: { en: { path: `ke/${bases[0]!.version}/en.json`, sha256: '1'.repeat(64), bytes: 1 } } },
          { version: '0.9.0', files: { en: { path: 'ke/0.9.0/en.json', sha256: '2'.repeat(64), bytes: 1 } } },
        ],
      });
    const host = async (versionsText: string, namedVersions = versionsText) => {
      // The list names the older file exactly; the current one is named by the catalog.
      const list = JSON.parse(versionsText);
      list.versions[1].files.en = await named('ke/0.9.0/en.json', older);
      const served = JSON.stringify(list);
      const catalogText = kenyaCatalog(
        bases[0]!.version,
        { en: await named(`ke/${bases[0]!.version}/en.json`, current) },
        await named('ke/versions.json', namedVersions === versionsText ? served : namedVersions),
      );
      const files: Record<string, string> = {
        'catalog.json': catalogText,
        'ke/versions.json': served,
        'ke/0.9.0/en.json': older,
        [`ke/${bases[0]!.version}/en.json`]: current,
      };
      const asked: string[] = [];
      window.fetch = async (input: RequestInfo | URL) => {
        const path = String(input instanceof Request ? input.url : input).slice(base.length);
        asked.push(path);
        return path in files ? new Response(files[path], { status: 200 }) : new Response('Not found', { status: 404 });
      };
      return asked;
    };
    const reasonOf = async (request: Parameters<typeof loadRecord>[0]) => {
      try {
        await loadRecord(request);
        return 'loaded';
      } catch (error) {
        expect(error).to.be.instanceOf(DataError);
        return (error as DataError).reason;
      }
    };
    const realFetch = window.fetch;
    try {
      clearDataCache();
      let asked = await host(versionsList('ke'));
      const newest = await loadRecord({ jurisdiction: 'ke', locale: 'en', dataSrc: base });
      expect(newest.record.version).to.equal(bases[0]!.version);
      expect(asked, 'the newest version needs no list of versions').to.not.include('ke/versions.json');
      const pinned = await loadRecord({ jurisdiction: 'ke', locale: 'en', version: '0.9.0', dataSrc: base });
      expect(pinned.record.version).to.equal('0.9.0');
      expect(asked).to.include('ke/versions.json');
      expect(await reasonOf({ jurisdiction: 'ke', locale: 'en', version: '0.8.0', dataSrc: base })).to.equal('version-not-found');

      // A list of versions that is not the one the catalog names (changed on the host, or in transit).
      clearDataCache();
      asked = await host(versionsList('ke'), versionsList('ke').replace('0.9.0', '0.9.1'));
      expect(await reasonOf({ jurisdiction: 'ke', locale: 'en', version: '0.9.0', dataSrc: base })).to.equal('integrity');
      expect(asked, 'the older file is never asked for').to.not.include('ke/0.9.0/en.json');

      // A sound list, but of another place: refused, not used for Kenya.
      clearDataCache();
      await host(versionsList('mx'));
      expect(await reasonOf({ jurisdiction: 'ke', locale: 'en', version: '0.9.0', dataSrc: base })).to.equal('invalid');

      // A place with one version has no list: a pin to another version is refused without asking for one.
      clearDataCache();
      const single = kenyaCatalog(bases[0]!.version, { en: await named(`ke/${bases[0]!.version}/en.json`, current) });
      asked = [];
      window.fetch = async (input: RequestInfo | URL) => {
        const path = String(input instanceof Request ? input.url : input).slice(base.length);
        asked.push(path);
        return path === 'catalog.json' ? new Response(single, { status: 200 }) : new Response('Not found', { status: 404 });
      };
      expect(await reasonOf({ jurisdiction: 'ke', locale: 'en', version: '0.9.0', dataSrc: base })).to.equal('version-not-found');
      // (Kenya's own entry, missing here, then the catalog, are read again once, as after any failure, in case they were what was wrong.)
      expect(asked.filter((path) => path !== 'catalog.json' && path !== 'ke/entry.json')).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
      clearDataCache();
    }
  });
});
