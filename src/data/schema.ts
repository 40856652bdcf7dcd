/**
 * The one definition of a legal-context record.
 *
 * A record is written once by maintainers with every text in every locale
 * (`contentRecordSchema`), and published as one file per locale with plain
 * strings (`publishedRecordSchema`). Both come from `recordShape()`, so the
 * TypeScript types, the CLI's validation, the browser's runtime check and the
 * generated JSON Schema cannot drift apart. Built on `zod/mini` so the browser
 * bundle pays about 4 kB for it.
 */
import { z } from 'zod/mini';
import { isAllowedHref } from './links.js';
import {
  activityStatuses,
  channelKinds,
  contactKinds,
  contactStatuses,
  immigrationEvents,
  pendingChangeKinds,
  sourceKinds,
  jurisdictionIdPattern,
  localeCodePattern,
  otherLawKinds,
  recordStatuses,
  serviceSectors,
  sharingAnswers,
  sharingBases,
  translationStatuses,
} from './vocabulary.js';

export * from './vocabulary.js';

// ── Small building blocks ────────────────────────────────────────────────

const semverPattern = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
/** Sources are often dated only by year or month ("written about 2014"). */
const partialDatePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export const isRealDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
  return date.getUTCFullYear() === y && date.getUTCMonth() === (m ?? 1) - 1 && date.getUTCDate() === (d ?? 1);
};

export const jurisdictionId = z.string().check(
  z.regex(jurisdictionIdPattern, 'must be an ISO 3166 code in lower case, like "ke" or "us-la"'),
);
export const localeCode = z.string().check(
  z.regex(localeCodePattern, 'must be a language code, like "en", "sw" or "zh-Hans"'),
);
export const isoDate = z.string().check(
  z.regex(datePattern, 'must be a date written YYYY-MM-DD'),
  z.refine(isRealDate, 'is not a real calendar date'),
);
/** A date known only to the year or month is written only that far: "2014", "2024-07". */
const partialDate = z.string().check(
  z.regex(partialDatePattern, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
  z.refine(isRealDate, 'is not a real calendar date'),
);
const itemId = z.string().check(
  z.regex(idPattern, 'must be lower-case letters, digits and dashes, like "right-to-silence"'),
);
const semver = z.string().check(z.regex(semverPattern, 'must be a version like 1.0.0'));
const plainText = z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(4000, 'is too long (4,000 characters at most)'));
const href = z.string().check(
  z.refine(isAllowedHref, 'must be an https:, tel:, sms: or mailto: link'),
);
/** Every claim names the sources it rests on. */
export const citations = z.array(itemId).check(z.minLength(1, 'must cite at least one source'));

const activityStatus = z.enum(activityStatuses);

// ── The record, parameterised by what a text is ──────────────────────────

/**
 * The shape of a record. `text` is a map of locale → string in content files
 * and a plain string in published files; everything else is the same.
 */
export function recordShape<T extends z.ZodMiniType>(text: T) {
  const source = z.strictObject({
    id: itemId,
    title: plainText,
    publisher: plainText,
    /** Optional only so that versions published before kinds existed still load; the CLI requires it. */
    kind: z.optional(z.enum(sourceKinds)),
    date: partialDate,
    url: z.optional(href),
    note: z.optional(plainText),
  });
  const step = z.strictObject({
    id: itemId,
    /** A warning is specific to this place (condoms as evidence, raids filmed …) and is shown first. */
    warning: z.optional(z.boolean()),
    text,
    sources: citations,
  });
  return {
    /** JSON Schema pointer for editors; ignored by the data. */
    $schema: z.optional(z.string()),
    id: jurisdictionId,
    names: text,
    sourceLocale: localeCode,
    locales: z.array(z.strictObject({ code: localeCode, translation: z.enum(translationStatuses) })).check(
      z.minLength(1, 'must list at least the source language'),
    ),
    version: semver,
    changelog: z.array(z.strictObject({ version: semver, date: isoDate, summary: plainText })).check(
      z.minLength(1, 'must have an entry for the current version'),
    ),
    /** The newest law the record reflects, only as precisely as its sources date it. */
    lawAsOf: partialDate,
    lastReviewed: isoDate,
    reviewedBy: z.array(plainText),
    nextReviewDue: isoDate,
    status: z.enum(recordStatuses),
    legalModel: z.optional(
      z.strictObject({
        activities: z.strictObject({
          selling: activityStatus,
          buying: activityStatus,
          thirdParties: activityStatus,
          soliciting: activityStatus,
          advertising: activityStatus,
          sharingPremises: activityStatus,
        }),
        summary: text,
        sources: citations,
      }),
    ),
    otherLaws: z.optional(
      z.array(z.strictObject({ id: itemId, kind: z.enum(otherLawKinds), title: text, text, sources: citations })),
    ),
    /** What police and officials do in practice, kept apart from the law on the books. */
    enforcement: z.optional(z.array(z.strictObject({ id: itemId, text, sources: citations }))),
    rights: z.array(z.strictObject({ id: itemId, title: text, text, sources: citations })),
    arrest: z.optional(
      z.strictObject({
        stopped: z.optional(z.array(step)),
        arrested: z.optional(z.array(step)),
        detained: z.optional(z.array(step)),
        afterRelease: z.optional(z.array(step)),
      }),
    ),
    firewall: z.optional(
      z.array(
        z.strictObject({
          sector: z.enum(serviceSectors),
          sharesWithImmigration: z.enum(sharingAnswers),
          basis: z.enum(sharingBases),
          text,
          sources: citations,
        }),
      ),
    ),
    contacts: z.optional(
      z.array(
        z.strictObject({
          id: itemId,
          name: plainText,
          kinds: z.array(z.enum(contactKinds)).check(z.minLength(1, 'must name at least one kind')),
          description: z.optional(text),
          channels: z.array(z.strictObject({ kind: z.enum(channelKinds), href, label: z.optional(plainText) })),
          languages: z.array(localeCode),
          hours: z.optional(text),
          coverage: z.optional(text),
          /** Optional only for versions published before it existed; the CLI requires it. */
          status: z.optional(z.enum(contactStatuses)),
          /** Only when a person reached the channel that day; without it the contact is as its sources describe it. */
          verifiedOn: z.optional(isoDate),
          sources: citations,
        }),
      ),
    ),
    /**
     * What selling sex, an arrest, a fine or a conviction can do to a visa, a residence
     * permit or an asylum claim, and whether police share data with immigration in
     * practice. An honest `unknown` needs no source; any other answer cites one.
     * Optional only for versions published before it existed; the CLI requires it.
     */
    immigration: z.optional(z.array(
      z.strictObject({
        id: itemId,
        event: z.enum(immigrationEvents),
        answer: z.enum(sharingAnswers),
        text,
        sources: z.array(itemId),
      }),
    ).check(z.minLength(1, 'must say at least one thing, even "we do not know"'))),
    /** Bills, court cases and consultations that could change the law but are not law. */
    pendingChanges: z.optional(
      z.array(z.strictObject({ id: itemId, kind: z.enum(pendingChangeKinds), text, sources: citations })),
    ),
    /** A few calm sentences in the local official language, to show an officer. */
    officerStatement: z.optional(
      z.strictObject({ locale: localeCode, text: plainText, meaning: text, sources: citations }),
    ),
    sources: z.array(source).check(z.minLength(1, 'must list at least one source')),
    /** What maintainers know about the record (why a source, what is uncertain); for reviewers, never shown to readers. */
    notes: z.optional(z.array(plainText)),
  };
}

/** A text in a content file: one string per locale, `{ en: "…", sw: "…" }`. */
export const localizedText = z.record(localeCode, plainText);

/** A record as maintainers write it in `content/`. */
export const contentRecordSchema = z.strictObject(recordShape(localizedText));

/** A record as published for one locale, and as checked again in the browser. */
export const publishedRecordSchema = z.strictObject({
  ...recordShape(plainText),
  /** The locale of this file's texts. */
  locale: localeCode,
});

/** A published file: where it is (relative to the catalog), and exactly which bytes it must hold. */
function publishedFile(path: RegExp) {
  return z.strictObject({
    path: z.string().check(z.regex(path, 'must be a relative data path')),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest')),
    bytes: z.number(),
  });
}

/** One file per locale of one version. */
const versionFiles = z.record(localeCode, publishedFile(/^[a-z0-9-]+\/\d+\.\d+\.\d+\/[A-Za-z0-9-]+\.json$/));

export const catalogEntrySchema = z.strictObject({
  id: jurisdictionId,
  names: z.record(localeCode, plainText),
  sourceLocale: localeCode,
  locales: z.array(z.strictObject({ code: localeCode, translation: z.enum(translationStatuses) })),
  version: semver,
  status: z.enum(recordStatuses),
  lastReviewed: isoDate,
  nextReviewDue: isoDate,
  /** The current version's files. */
  files: versionFiles,
  /**
   * Where every published version's files are listed (`<id>/versions.json`),
   * for a page that pins an older one; absent while there is only one version.
   * Kept out of the catalog so that the catalog, which every first view loads,
   * grows by one entry per place, not by one per language with each release.
   */
  history: z.optional(publishedFile(/^[a-z0-9-]+\/versions\.json$/)),
});

export const catalogSchema = z.strictObject({
  format: z.literal('kyr-catalog/2'),
  jurisdictions: z.array(catalogEntrySchema),
});

/** `<id>/versions.json`: every published version of one jurisdiction, newest first. */
export const versionsSchema = z.strictObject({
  format: z.literal('kyr-versions/1'),
  id: jurisdictionId,
  versions: z.array(z.strictObject({ version: semver, files: versionFiles })),
});

export type ContentRecord = z.infer<typeof contentRecordSchema>;
export type PublishedRecord = z.infer<typeof publishedRecordSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Versions = z.infer<typeof versionsSchema>;
export type PublishedFileRef = NonNullable<CatalogEntry['history']>;
export type Contact = NonNullable<PublishedRecord['contacts']>[number];
export type FirewallEntry = NonNullable<PublishedRecord['firewall']>[number];
export type ImmigrationEntry = NonNullable<PublishedRecord['immigration']>[number];
export type PendingChange = NonNullable<PublishedRecord['pendingChanges']>[number];
export type Source = PublishedRecord['sources'][number];
export type ArrestStep = NonNullable<NonNullable<PublishedRecord['arrest']>['stopped']>[number];
