/**
 * The words of the data model that elements need at run time: identifiers,
 * patterns and enumerations, without zod. schema.ts builds the schemas from
 * them; elements import them from here so that a first view does not carry
 * the runtime check (which arrives with the data, see check.ts).
 */

/** ISO 3166-1 alpha-2 (`ke`) or ISO 3166-2 (`us-la`), lower case; `global` is the baseline. */
export const jurisdictionIdPattern = /^(global|[a-z]{2}(-[a-z0-9]{1,3})?)$/;
export const BASELINE_ID = 'global';

/** BCP 47 language tag as used here: `en`, `sw`, `zh-Hans`, `pt-BR`. */
export const localeCodePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Enumerations; their display words live in the elements, localised. */
export const activities = ['selling', 'buying', 'thirdParties', 'soliciting', 'advertising', 'sharingPremises'] as const;
export const activityStatuses = ['criminalised', 'administrative', 'regulated', 'legal', 'varies', 'unknown'] as const;
export const recordStatuses = ['draft', 'community-reviewed', 'legal-reviewed'] as const;
export const translationStatuses = ['original', 'unreviewed', 'reviewed'] as const;
export const otherLawKinds = [
  'mandatory-testing', 'hiv-criminalisation', 'anti-lgbt', 'loitering-vagrancy',
  'condoms-as-evidence', 'immigration', 'drugs', 'other',
] as const;
export const arrestStages = ['stopped', 'arrested', 'detained', 'afterRelease'] as const;
export const serviceSectors = ['health', 'police', 'labour', 'education', 'housing', 'social'] as const;
export const sharingAnswers = ['yes', 'no', 'unknown'] as const;
export const sharingBases = ['statute', 'policy', 'practice', 'unknown'] as const;
export const contactKinds = ['sex-worker-led', 'legal-aid', 'health', 'hotline', 'migrant-support'] as const;
export const channelKinds = ['phone', 'sms', 'email', 'web', 'messaging'] as const;
/** Whether a contact still offers help, as its own pages last showed; a closed one is never shown as help. */
export const contactStatuses = ['active', 'paused', 'closed', 'unknown'] as const;
/** What a source is, so a reviewer sees which claims rest on the law's own text and which on reports about it. */
export const sourceKinds = ['law', 'court', 'government', 'un', 'ngo', 'news', 'blog', 'other'] as const;
/** What may happen to a migrant reader, each asked of visas, residence permits and asylum. */
export const immigrationEvents = ['selling', 'arrest', 'fine', 'conviction', 'police-data'] as const;
/** A change that is not law yet. */
export const pendingChangeKinds = ['bill', 'court-case', 'consultation', 'other'] as const;

export type Activity = (typeof activities)[number];
export type ActivityStatus = (typeof activityStatuses)[number];
export type ArrestStage = (typeof arrestStages)[number];
export type ServiceSector = (typeof serviceSectors)[number];
export type ContactStatus = (typeof contactStatuses)[number];
export type SourceKind = (typeof sourceKinds)[number];
export type ImmigrationEvent = (typeof immigrationEvents)[number];
export type PendingChangeKind = (typeof pendingChangeKinds)[number];
