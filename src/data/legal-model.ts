/**
 * The legal-model label is derived from per-activity facts, never typed by hand,
 * so two maintainers who agree on the facts always show the same label.
 */
import type { Activity, ActivityStatus } from './schema.js';

export const legalModelLabels = [
  'full-criminalisation',
  'partial-criminalisation',
  'client-criminalisation',
  'legalisation',
  'decriminalisation',
  'varies',
  'selling-criminalised',
  'soliciting-criminalised',
  'unknown',
] as const;
export type LegalModelLabel = (typeof legalModelLabels)[number];

type Facts = Record<Activity, ActivityStatus>;

/** Either a crime or a punishable offence: both can bring police to a worker. */
const punished = (status: ActivityStatus) => status === 'criminalised' || status === 'administrative';

export function legalModelLabel(facts: Facts): LegalModelLabel {
  const { selling, buying } = facts;
  if (Object.values(facts).every((s) => s === 'unknown')) return 'unknown';
  // The headline leads with what the reader does: a punished sale or search for
  // clients is said whatever is known about buying; "not clear" only when the
  // reader's own activity is unknown.
  if (punished(selling)) {
    return punished(buying) ? 'full-criminalisation' : 'selling-criminalised';
  }
  if (selling === 'varies' || buying === 'varies') return 'varies';
  if (selling === 'unknown') return punished(facts.soliciting) ? 'soliciting-criminalised' : 'unknown';
  const aroundPunished = [facts.thirdParties, facts.soliciting, facts.advertising, facts.sharingPremises].some(punished);
  if (punished(buying)) return 'client-criminalisation';
  if (selling === 'regulated' || buying === 'regulated') return 'legalisation';
  // Selling is legal: the work around it decides between partial and decriminalised.
  if (aroundPunished) return 'partial-criminalisation';
  return buying === 'unknown' ? 'unknown' : 'decriminalisation';
}
