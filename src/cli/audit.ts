/**
 * `kyr-content audit`: what a reviewing organisation should check first, per
 * record. It reads the same checked content as `validate` and says, in plain
 * text (or JSON for tools): how old the newest law reflected is, which claims
 * rest only on news or blogs, which rest on no law, court or government text,
 * which contacts nobody has checked, what is pending, and which translations
 * nobody has reviewed.
 */
import type { ContentRecord } from '../data/schema.js';
import type { SourceKind } from '../data/vocabulary.js';

/** The law's own text, a court or a government: what a claim should rest on when it can. */
const primaryKinds: readonly SourceKind[] = ['law', 'court', 'government'];
const hearsayKinds: readonly SourceKind[] = ['news', 'blog'];

export interface RecordAudit {
  id: string;
  name: string;
  version: string;
  status: ContentRecord['status'];
  nextReviewDue: string;
  lawAsOf: string;
  /** Whole years from the start of `lawAsOf`'s period to the audit date. */
  lawAgeYears: number;
  /** Claims whose every source is a news report or a blog. */
  onlyNewsOrBlogs: string[];
  /** Claims with no law, court or government source (reports, UN, NGOs, news). */
  noPrimarySource: string[];
  /** Contacts nobody has reached on a channel, with their status. */
  uncheckedContacts: string[];
  pendingChanges: string[];
  /** Locales whose texts nobody from the community has read. */
  unreviewedLocales: string[];
}

export interface Audit {
  date: string;
  records: RecordAudit[];
  totals: {
    records: number;
    drafts: number;
    lawOlderThanFiveYears: number;
    onlyNewsOrBlogs: number;
    noPrimarySource: number;
    uncheckedContacts: number;
    pendingChanges: number;
    unreviewedLocales: number;
  };
}

interface Claim {
  label: string;
  sources: readonly string[];
}

/** Every cited claim of a record, named the way `validate` names fields. */
function claimsOf(record: ContentRecord): Claim[] {
  const listed = (list: string, items: readonly { id: string; sources: readonly string[] }[] | undefined) =>
    (items ?? []).map((item) => ({ label: `${list}: ${item.id}`, sources: item.sources }));
  return [
    ...(record.legalModel ? [{ label: 'legalModel', sources: record.legalModel.sources }] : []),
    ...listed('otherLaws', record.otherLaws),
    ...listed('enforcement', record.enforcement),
    ...listed('rights', record.rights),
    ...Object.entries(record.arrest ?? {}).flatMap(([stage, steps]) => listed(`arrest.${stage}`, steps)),
    ...(record.firewall ?? []).map((entry) => ({ label: `firewall: ${entry.sector}`, sources: entry.sources })),
    ...listed('immigration', record.immigration),
    ...listed('pendingChanges', record.pendingChanges),
    ...listed('contacts', record.contacts),
    ...(record.officerStatement ? [{ label: 'officerStatement', sources: record.officerStatement.sources }] : []),
  ].filter((claim) => claim.sources.length > 0);
}

function yearsBetween(from: string, to: string): number {
  const [fy, fm = 1, fd = 1] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const beforeAnniversary = tm! < fm || (tm === fm && td! < fd);
  return ty! - fy! - (beforeAnniversary ? 1 : 0);
}

export function auditRecord(record: ContentRecord, today: string): RecordAudit {
  const kindOf = new Map(record.sources.map((source) => [source.id, source.kind]));
  const claims = claimsOf(record);
  const kindsOf = (claim: Claim) => claim.sources.map((id) => kindOf.get(id));
  return {
    id: record.id,
    name: record.names[record.sourceLocale] ?? record.id,
    version: record.version,
    status: record.status,
    nextReviewDue: record.nextReviewDue,
    lawAsOf: record.lawAsOf,
    lawAgeYears: yearsBetween(record.lawAsOf, today),
    onlyNewsOrBlogs: claims.filter((claim) => kindsOf(claim).every((kind) => kind && hearsayKinds.includes(kind))).map((c) => c.label),
    noPrimarySource: claims.filter((claim) => !kindsOf(claim).some((kind) => kind && primaryKinds.includes(kind))).map((c) => c.label),
    uncheckedContacts: (record.contacts ?? []).filter((c) => !c.verifiedOn).map((c) => `${c.id} (${c.status ?? 'status unknown'})`),
    pendingChanges: (record.pendingChanges ?? []).map((change) => `${change.id} (${change.kind})`),
    unreviewedLocales: record.locales.filter((l) => l.translation === 'unreviewed').map((l) => l.code),
  };
}

/** Records in the order to check them: the oldest law first, then the most claims resting on news. */
export function audit(records: readonly ContentRecord[], today: string): Audit {
  const audited = records
    .map((record) => auditRecord(record, today))
    .sort((a, b) => b.lawAgeYears - a.lawAgeYears || b.onlyNewsOrBlogs.length - a.onlyNewsOrBlogs.length || a.id.localeCompare(b.id));
  const sum = (pick: (r: RecordAudit) => number) => audited.reduce((total, r) => total + pick(r), 0);
  return {
    date: today,
    records: audited,
    totals: {
      records: audited.length,
      drafts: audited.filter((r) => r.status === 'draft').length,
      lawOlderThanFiveYears: audited.filter((r) => r.lawAgeYears >= 5).length,
      onlyNewsOrBlogs: sum((r) => r.onlyNewsOrBlogs.length),
      noPrimarySource: sum((r) => r.noPrimarySource.length),
      uncheckedContacts: sum((r) => r.uncheckedContacts.length),
      pendingChanges: sum((r) => r.pendingChanges.length),
      unreviewedLocales: sum((r) => r.unreviewedLocales.length),
    },
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report as a reviewer reads it: a summary, then one block per record. */
export function formatAudit(report: Audit): string {
  const t = report.totals;
  const lines = [
    `Review report for ${plural(t.records, 'record')}, as of ${report.date}.`,
    '',
    'Summary:',
    `  ${t.drafts} of ${t.records} not yet reviewed by anyone on the ground (draft)`,
    `  ${plural(t.lawOlderThanFiveYears, 'record')} whose newest law is 5 or more years old`,
    `  ${plural(t.onlyNewsOrBlogs, 'claim')} resting only on news reports or blogs`,
    `  ${plural(t.noPrimarySource, 'claim')} with no law, court or government source`,
    `  ${plural(t.uncheckedContacts, 'contact')} nobody has checked by calling or writing`,
    `  ${plural(t.pendingChanges, 'pending change')} (bills, court cases) that are not law`,
    `  ${plural(t.unreviewedLocales, 'translation')} not yet read by a native speaker`,
    '',
    'Per record, oldest law first:',
  ];
  const list = (label: string, items: readonly string[]) => (items.length ? [`  ${label} (${items.length}): ${items.join('; ')}`] : []);
  for (const r of report.records) {
    lines.push(
      '',
      `${r.id}  ${r.name}  version ${r.version}, ${r.status}, next review ${r.nextReviewDue}`,
      `  law as of ${r.lawAsOf} (${r.lawAgeYears < 1 ? 'less than a year' : plural(r.lawAgeYears, 'year')} ago)`,
      ...list('resting only on news or blogs', r.onlyNewsOrBlogs),
      ...list('no law, court or government source', r.noPrimarySource),
      ...list('contacts not checked', r.uncheckedContacts),
      ...list('pending, not law', r.pendingChanges),
      ...list('translations not reviewed', r.unreviewedLocales),
    );
  }
  return lines.join('\n');
}
