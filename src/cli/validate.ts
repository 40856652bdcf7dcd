/**
 * Checking a content file the way a maintainer needs it checked: every problem
 * at once, each pointing at the file, line, column and field, in plain words.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import {
  BASELINE_ID,
  contactStatuses,
  contentRecordSchema,
  sourceKinds,
  type ContentRecord,
} from '../data/schema.js';
import { textsOf } from './texts.js';
import { compareVersions, sameContent, type PublishedVersion } from './history.js';

export interface Problem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export interface CheckedFile {
  file: string;
  /** Present only when the file has no problem at all. */
  record?: ContentRecord;
  problems: Problem[];
}

type Path = (string | number)[];

export function formatField(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
      .join('') || '(file)'
  );
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`;
}

/** Where a field is written: the deepest part of `path` that exists in the file. */
function locate(doc: Document, counter: LineCounter, path: Path, keyOnly = false): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth - 1);
    const last = path[depth - 1];
    const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
    let offset: number | undefined;
    if (depth === 0) offset = doc.contents?.range?.[0];
    else if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
      if (pair && isPair(pair)) {
        const target = keyOnly || !pair.value ? pair.key : pair.value;
        offset = (target as { range?: [number, number] } | null)?.range?.[0];
      }
    } else {
      const node = doc.getIn([...parentPath, last!], true) as { range?: [number, number] } | undefined;
      offset = node?.range?.[0];
    }
    if (offset !== undefined) {
      const { line, col } = counter.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
}

const describe = (value: unknown): string =>
  value === null ? 'empty' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a group of fields' : typeof value === 'string' ? 'text' : typeof value;

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

/** zod's codes said in a maintainer's words; our own schema messages are kept as written. */
function plainMessage(issue: ZodIssueLike, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'is required but missing';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${expectedWords[issue.expected ?? ''] ?? issue.expected}, not ${describe(value)}`;
    case 'invalid_value':
      return `must be one of: ${(issue.values ?? []).map((v) => String(v)).join(', ')}`;
    case 'invalid_key':
      return 'is not a language code, like "en" or "sw"';
    default:
      return issue.message;
  }
}

export interface CheckOptions {
  /** Dates after this (YYYY-MM-DD) are refused as "in the future". */
  today: string;
  /** The file name says which record it must hold (`ke.yaml` holds `id: ke`). */
  expectedId?: string;
  /** Versions already committed, newest first: each must stay as it was published. */
  published?: PublishedVersion[];
}

export function checkContent(file: string, source: string, options: CheckOptions): CheckedFile {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  const report = (path: Path, message: string, keyOnly = false) =>
    problems.push({ file, ...locate(doc, counter, path, keyOnly), field: formatField(path), message });

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const { line, col } = counter.linePos(error.pos[0]);
      const message = error.code === 'DUPLICATE_KEY' ? 'this field is written twice' : `YAML syntax: ${error.message.split('\n')[0]}`;
      problems.push({ file, line, column: col, field: '(syntax)', message });
    }
    return { file, problems };
  }

  const data: unknown = doc.toJS();
  const parsed = contentRecordSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues as unknown as ZodIssueLike[]) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys ?? []) report([...path, key], 'is not a field here (check the spelling)', true);
      } else {
        report(path, plainMessage(issue, valueAt(data, path)));
      }
    }
    // The reference rules still run where the shape allows, so one pass shows every
    // problem; a field whose shape is wrong was reported above and is skipped here.
    const reported = new Set(problems.map((p) => p.field));
    try {
      checkReferences(data as ContentRecord, (path, message, keyOnly) => {
        if (!reported.has(formatField(path))) report(path, message, keyOnly);
      });
    } catch {
      // A rule met a value of the wrong shape; that field is already reported.
    }
    return { file, problems };
  }

  const record = parsed.data;
  checkReferences(record, report);
  checkHonesty(record, report);
  checkDatesAndVersions(record, options, report);
  checkLanguages(record, report);
  checkPublishedVersions(record, options.published ?? [], report);
  return problems.length ? { file, problems } : { file, record, problems };
}

type Report = (path: Path, message: string, keyOnly?: boolean) => void;

const schemeOf: Record<string, string[]> = {
  phone: ['tel:'],
  sms: ['sms:'],
  email: ['mailto:'],
  web: ['https:'],
  messaging: ['https:'],
};

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** Sources, ids and links: every citation resolves, every id is unique, every link fits its kind. */
function checkReferences(record: ContentRecord, report: Report): void {
  const sourceIds = new Set<string>();
  record.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) report(['sources', i, 'id'], `"${source.id}" is used by another source too`);
    sourceIds.add(source.id);
  });
  const cite = (path: Path, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) report([...path, i], `cites source '${id}' which is not listed under sources`);
    });

  const uniqueIds = (path: Path, items: { id: string }[] | undefined, seen = new Set<string>()) =>
    items?.forEach((item, i) => {
      if (seen.has(item.id)) report([...path, i, 'id'], `"${item.id}" is used twice; each entry needs its own id`);
      seen.add(item.id);
    });

  if (record.legalModel) cite(['legalModel', 'sources'], record.legalModel.sources);
  else if (record.id !== BASELINE_ID) report(['legalModel'], 'is required but missing (every jurisdiction needs its legal model)');

  for (const list of ['rights', 'otherLaws', 'enforcement', 'contacts'] as const) {
    const items = record[list] as { id: string; sources: string[] }[] | undefined;
    uniqueIds([list], items);
    items?.forEach((item, i) => cite([list, i, 'sources'], item.sources));
  }
  const stepIds = new Set<string>();
  for (const stage of ['stopped', 'arrested', 'detained', 'afterRelease'] as const) {
    const steps = record.arrest?.[stage];
    uniqueIds(['arrest', stage], steps, stepIds);
    steps?.forEach((step, i) => cite(['arrest', stage, i, 'sources'], step.sources));
  }
  const sectors = new Set<string>();
  uniqueIds(['immigration'], record.immigration);
  record.immigration?.forEach((entry, i) => {
    if (entry.answer !== 'unknown' && entry.sources.length === 0) {
      report(['immigration', i, 'sources'], `must cite at least one source, because the answer is "${entry.answer}" (only "unknown" may have none)`);
    }
    cite(['immigration', i, 'sources'], entry.sources);
  });
  uniqueIds(['pendingChanges'], record.pendingChanges);
  record.pendingChanges?.forEach((change, i) => cite(['pendingChanges', i, 'sources'], change.sources));
  record.firewall?.forEach((entry, i) => {
    if (sectors.has(entry.sector)) report(['firewall', i, 'sector'], `"${entry.sector}" is listed twice`);
    sectors.add(entry.sector);
    cite(['firewall', i, 'sources'], entry.sources);
  });
  record.contacts?.forEach((contact, i) => {
    contact.channels.forEach((channel, j) => {
      const scheme = channel.href.slice(0, channel.href.indexOf(':') + 1).toLowerCase();
      if (!schemeOf[channel.kind]!.includes(scheme)) {
        report(['contacts', i, 'channels', j, 'href'], `a ${channel.kind} channel must be a ${schemeOf[channel.kind]!.join(' or ')} link`);
      }
    });
  });
  if (record.officerStatement) cite(['officerStatement', 'sources'], record.officerStatement.sources);
}

/**
 * What a reader and a reviewer need to judge a claim. These fields are optional in the
 * schema only so that versions published before they existed still load; every record
 * written now must have them.
 */
function checkHonesty(record: ContentRecord, report: Report): void {
  record.sources.forEach((source, i) => {
    if (!source.kind) report(['sources', i, 'kind'], `is required but missing: say what the source is (${sourceKinds.join(', ')})`);
  });
  record.contacts?.forEach((contact, i) => {
    if (!contact.status) report(['contacts', i, 'status'], `is required but missing: say whether it still helps people (${contactStatuses.join(', ')})`);
  });
  if (!record.immigration) {
    report(['immigration'], 'is required but missing: say what selling sex or an arrest can do to a visa or residence permit, even if the answer is "unknown"');
  }
  // A date can only be as precise as what it rests on: "2014" from a report does not become 1 January 2014.
  const supported = record.sources.some((source) => source.date.length >= record.lawAsOf.length && source.date.startsWith(record.lawAsOf));
  if (!supported) {
    report(['lawAsOf'], `is ${record.lawAsOf}, but no source is dated ${record.lawAsOf}: write the date only as precisely as a source gives it (for example "${record.lawAsOf.slice(0, 4)}")`);
  }
}

/** Dates, review and versions: nothing in the future, review dates in order, a changelog entry per version. */
function checkDatesAndVersions(record: ContentRecord, options: CheckOptions, report: Report): void {
  if (options.expectedId && record.id !== options.expectedId) {
    report(['id'], `is "${record.id}" but the file is named for "${options.expectedId}"`);
  }
  record.sources.forEach((source, i) => {
    if (source.date > options.today) report(['sources', i, 'date'], `is in the future (${source.date})`);
  });
  record.contacts?.forEach((contact, i) => {
    if (contact.verifiedOn && contact.verifiedOn > options.today) report(['contacts', i, 'verifiedOn'], `is in the future (${contact.verifiedOn})`);
  });
  for (const field of ['lawAsOf', 'lastReviewed'] as const) {
    if (record[field] > options.today) report([field], `is in the future (${record[field]})`);
  }
  if (record.nextReviewDue < record.lastReviewed) {
    report(['nextReviewDue'], `is before lastReviewed (${record.lastReviewed})`);
  }
  if (record.status !== 'draft' && record.reviewedBy.length === 0) {
    report(['reviewedBy'], `must name who reviewed it, because status is "${record.status}"`);
  }

  // Versions: the current one has a changelog entry; entries are newest first and unique.
  if (!record.changelog.some((entry) => entry.version === record.version)) {
    report(['changelog'], `has no entry for version ${record.version}`);
  }
  const seenVersions = new Set<string>();
  record.changelog.forEach((entry, i) => {
    if (seenVersions.has(entry.version)) report(['changelog', i, 'version'], `${entry.version} has two entries`);
    seenVersions.add(entry.version);
    if (entry.date > options.today) report(['changelog', i, 'date'], `is in the future (${entry.date})`);
  });
}

/** A published version is immutable: a change needs a new version (and so a changelog entry). */
function checkPublishedVersions(record: ContentRecord, published: PublishedVersion[], report: Report): void {
  const newest = published[0];
  if (!newest) return;
  const same = published.find((p) => p.version === record.version);
  if (same && !sameContent(same.record, record)) {
    report(['version'], `is still ${record.version}, but the content changed since that version was published (commit ${same.commit.slice(0, 7)}): bump the version and add a changelog entry`);
  } else if (!same && compareVersions(record.version, newest.version) < 0) {
    report(['version'], `${record.version} is lower than the published ${newest.version}`);
  }
}

/** Languages: the source language is declared as original; every text is in every declared language. */
function checkLanguages(record: ContentRecord, report: Report): void {
  const declared = record.locales.map((l) => l.code);
  record.locales.forEach((locale, i) => {
    if (declared.indexOf(locale.code) !== i) report(['locales', i, 'code'], `"${locale.code}" is listed twice`);
  });
  const sourceEntry = record.locales.find((l) => l.code === record.sourceLocale);
  if (!sourceEntry) report(['sourceLocale'], `"${record.sourceLocale}" is not listed under locales`);
  else if (sourceEntry.translation !== 'original') {
    report(['locales', record.locales.indexOf(sourceEntry), 'translation'], 'must be "original" for the source language');
  }
  for (const { path, text } of textsOf(record)) {
    for (const code of declared) {
      if (!(code in text)) report(path, `has no "${code}" text (every text needs each language under locales)`);
    }
    for (const code of Object.keys(text)) {
      if (!declared.includes(code)) report([...path, code], `"${code}" is not listed under locales`, true);
    }
  }
}
