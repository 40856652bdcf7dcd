/**
 * The rules of a record that span more than one field (every citation names a
 * listed source, ids are unique, dates are in order, every text is in every
 * language), kept beside the schema so the CLI, the studio and a runtime check
 * apply the same rules. Each problem is handed to `report` with the path of
 * the field it belongs to; the caller says where that field is written.
 */
import { BASELINE_ID, contactStatuses, sourceKinds, type ContentRecord, type PublishedRecord } from './schema.js';
import { textsOf } from './texts.js';

export type Path = (string | number)[];
/** Called once per problem; `keyOnly` points at the field's name rather than its value. */
export type Report = (path: Path, message: string, keyOnly?: boolean) => void;

export interface RuleOptions {
  /** Dates after this (YYYY-MM-DD) are refused as "in the future". */
  today: string;
  /** The file name says which record it must hold (`ke.yaml` holds `id: ke`). */
  expectedId?: string;
}

/** Every rule that spans fields, on a record whose shape already passed the schema. */
export function checkRules(record: ContentRecord, options: RuleOptions, report: Report): void {
  checkReferences(record, report);
  checkHonesty(record, report);
  checkDatesAndVersions(record, options, report);
  checkLanguages(record, report);
}

const schemeOf: Record<string, string[]> = {
  phone: ['tel:'],
  sms: ['sms:'],
  email: ['mailto:'],
  web: ['https:'],
  messaging: ['https:'],
};

/** Sources, ids and links: every citation resolves, every id is unique, every link fits its kind. */
export function checkReferences(record: ContentRecord, report: Report): void {
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
function checkDatesAndVersions(record: ContentRecord, options: RuleOptions, report: Report): void {
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
  // A status rises only with a sign-off recorded by `kyr-content review`.
  if (record.status !== 'draft' && record.review?.status !== record.status) {
    report(['status'], `can only become "${record.status}" through: kyr-content review ${record.id} --by "<organisation>" --status ${record.status}`);
  }
  if (record.review && record.review.on > options.today) report(['review', 'on'], `is in the future (${record.review.on})`);

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

/**
 * The status readers see: the record's own, unless its content moved on from
 * the version a reviewer signed off, which readers are told until it is
 * reviewed again.
 */
export function readerStatus(record: ContentRecord): PublishedRecord['status'] {
  return record.review && record.review.version !== record.version ? 'changed-since-review' : record.status;
}
