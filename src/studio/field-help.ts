/**
 * The words a maintainer reads beside each field of a record in the studio:
 * a short label and a hint, keyed by the field's name (or `parent.name` where
 * one name means different things in different places). The fields themselves
 * come from the schema (src/data/schema.ts); a test fails when the schema has
 * a field with no words here.
 */
export interface FieldHelp {
  label: string;
  hint: string;
}

export const fieldHelp: Record<string, FieldHelp> = {
  $schema: { label: 'Editor hint', hint: 'Lets text editors check the file as you type. Leave it as it is.' },
  id: { label: 'Short id', hint: 'Lower-case letters, digits and dashes, like "right-to-silence". Other parts of the record refer to it, so change it with care.' },
  '(record).id': { label: 'Place code', hint: 'The ISO code of the place in lower case, like "ke" or "us-la". It is also the file name.' },
  names: { label: 'Name of the place', hint: 'How the place is called in each language of this record.' },
  sourceLocale: { label: 'First language', hint: 'The language this record was first written in, like "en". Every other language is a translation of it.' },
  locales: { label: 'Languages', hint: 'Every language this record is written in. A new translation starts as "unreviewed" until a native speaker from the community has read it.' },
  'locales.code': { label: 'Language code', hint: 'Like "en", "sw" or "zh-Hans".' },
  translation: { label: 'Translation status', hint: '"original" for the first language; "unreviewed" until a native speaker has checked it; then "reviewed".' },
  version: { label: 'Version', hint: 'Three numbers, like 1.2.0. First number: the law or its meaning changed. Second: new guidance. Third: wording only. A published version never changes: raise it for every change.' },
  changelog: { label: 'What changed', hint: 'One entry per version, newest first, in a sentence a reader would understand.' },
  'changelog.version': { label: 'Version', hint: 'The version this entry describes, like 1.1.0.' },
  date: { label: 'Date', hint: 'Written YYYY-MM-DD, like 2026-03-01.' },
  'sources.date': { label: 'Date of the source', hint: 'When it was published: YYYY, YYYY-MM or YYYY-MM-DD.' },
  summary: { label: 'Summary', hint: 'Two or three short sentences.' },
  lawAsOf: { label: 'Law as of', hint: 'The date of the newest law this record reflects, only as precisely as a source dates it: YYYY, YYYY-MM or YYYY-MM-DD. Readers see it.' },
  lastReviewed: { label: 'Last reviewed', hint: 'Set by "kyr-content review". Readers see it.' },
  reviewedBy: { label: 'Reviewed by', hint: 'The organisations that checked this record. Set by "kyr-content review".' },
  nextReviewDue: { label: 'Next review due', hint: 'When someone must check this record again (YYYY-MM-DD). After this date readers are told it may be out of date.' },
  status: { label: 'Review status', hint: 'Stays "draft" until a reviewing organisation signs it off with "kyr-content review"; it cannot be raised here.' },
  legalModel: { label: 'The law on sex work', hint: 'What the law says about each activity. The label readers see (for example "full criminalisation") is worked out from these answers.' },
  activities: { label: 'Activities', hint: 'For each, what the law on the books says.' },
  selling: { label: 'Selling sex', hint: 'Is selling sex a crime, an offence with a fine, regulated, legal, different by region, or unknown?' },
  buying: { label: 'Buying sex', hint: 'The same question for clients.' },
  thirdParties: { label: 'Third parties', hint: 'Managers, landlords, drivers and others who help or profit.' },
  soliciting: { label: 'Soliciting', hint: 'Looking for clients in public.' },
  advertising: { label: 'Advertising', hint: 'Advertising sexual services.' },
  sharingPremises: { label: 'Working together', hint: 'Sex workers sharing a place to work.' },
  'legalModel.summary': { label: 'What it means', hint: 'What the law means for a worker, in two or three short sentences.' },
  sources: { label: 'Sources', hint: 'Tick the sources (from the list at the end of this record) this part rests on.' },
  '(record).sources': { label: 'Sources', hint: 'Every law, report or page this record rests on. Each part above ticks the ones it uses.' },
  otherLaws: { label: 'Other laws that affect workers', hint: 'Mandatory testing, HIV criminalisation, anti-LGBT laws, loitering laws, condoms as evidence, immigration, drugs.' },
  kind: { label: 'Kind', hint: 'Which kind of law, change or channel this is.' },
  title: { label: 'Title', hint: 'A short heading, like "You can stay silent".' },
  'sources.title': { label: 'Title of the source', hint: 'As the source itself gives it.' },
  text: { label: 'Text', hint: 'One or two short sentences, second person ("You can …"), in everyday words.' },
  enforcement: { label: 'What happens in practice', hint: 'What police and officials actually do, kept apart from the law on the books.' },
  rights: { label: 'Rights', hint: 'The key rights shown on the card, most important first. Drag to reorder.' },
  arrest: { label: 'Arrest guide', hint: 'Steps for each stage, in the order a worker needs them.' },
  stopped: { label: 'When stopped by police', hint: 'Steps for being stopped or questioned.' },
  arrested: { label: 'When arrested', hint: 'Steps for being arrested.' },
  detained: { label: 'In detention', hint: 'Steps for being held at a station or in detention.' },
  afterRelease: { label: 'After release', hint: 'What to do afterwards.' },
  warning: { label: 'Warning for this place', hint: 'Tick for a danger specific to this place (condoms taken as evidence, raids filmed …); it is shown first.' },
  firewall: { label: 'Services and immigration', hint: 'For each service, whether it shares your details with immigration.' },
  sector: { label: 'Service', hint: 'Health, police, labour, education, housing or social services.' },
  sharesWithImmigration: { label: 'Shares details with immigration?', hint: 'Yes, no, or unknown. Say "unknown" rather than guess.' },
  basis: { label: 'Because of', hint: 'A law (statute), a written policy, what happens in practice, or unknown.' },
  contacts: { label: 'Help contacts', hint: 'Organisations readers can reach. Only channels a cited source gives: never guess a number.' },
  name: { label: 'Name', hint: "The organisation's own name." },
  kinds: { label: 'Kinds of help', hint: 'Sex worker-led, legal aid, health, hotline, migrant support.' },
  description: { label: 'Description', hint: 'One sentence on what they do.' },
  channels: { label: 'How to reach them', hint: 'Phone (tel:+…), SMS (sms:+…), email (mailto:…), web or messaging (https://…).' },
  href: { label: 'Link', hint: 'tel:+254…, sms:+254…, mailto:name@example.org or https://…' },
  label: { label: 'Shown as', hint: 'What readers see instead of the link itself, if different.' },
  languages: { label: 'Languages spoken', hint: 'Language codes, like "en" or "sw".' },
  hours: { label: 'Opening hours', hint: 'When someone answers.' },
  coverage: { label: 'Area covered', hint: 'The towns or regions they serve.' },
  verifiedOn: { label: 'Reached on', hint: 'Only if a person reached one of these channels that day (YYYY-MM-DD); otherwise leave it empty.' },
  officerStatement: { label: 'Words to show an officer', hint: 'Two or three calm sentences in the local official language, printed on the wallet card.' },
  'officerStatement.locale': { label: 'Language of the statement', hint: 'The local official language, like "sw".' },
  'officerStatement.text': { label: 'Statement', hint: 'In that language only.' },
  meaning: { label: 'What it means', hint: 'The same sentences in each language of this record, for the worker.' },
  publisher: { label: 'Publisher', hint: 'Who published it: a parliament, a court, an organisation.' },
  url: { label: 'Web address', hint: 'https://… where a reader can find it, if it is online.' },
  note: { label: 'Note for reviewers', hint: 'Why this source, what is uncertain, what was not checked. Reviewers see it; keep it factual.' },
  immigration: { label: 'Immigration', hint: 'What selling sex, an arrest, a fine or a conviction can do to a visa, a residence permit or an asylum claim, and whether police share details with immigration. "Unknown" needs no source; any other answer ticks one.' },
  event: { label: 'What happens', hint: 'Selling sex, an arrest, a fine, a conviction, or police sharing data.' },
  answer: { label: 'Can it affect your papers?', hint: 'Yes, no, or unknown. Say "unknown" rather than guess.' },
  'immigration.sources': { label: 'Sources', hint: 'Tick the sources this answer rests on; an "unknown" answer may have none.' },
  pendingChanges: { label: 'Changes on the way', hint: 'Bills, court cases and consultations that could change the law but are not law yet.' },
  'contacts.status': { label: 'Still helping people?', hint: 'Active, paused, closed or unknown, as their own pages last showed. A closed contact is never shown as help.' },
  'sources.kind': { label: 'Kind of source', hint: 'A law, a court decision, a government or UN document, an NGO report, news, a blog, or other.' },
  notes: { label: 'Notes for reviewers', hint: 'What you know about this record that readers do not need: why a source was chosen, what is uncertain, what was not checked. Never shown to readers.' },
  review: { label: 'Review sign-off', hint: 'Written by "kyr-content review": who checked which version, and when. Do not edit it here.' },
  by: { label: 'Reviewed by', hint: 'The reviewing organisation.' },
  on: { label: 'On', hint: 'The day of the review.' },
  'review.version': { label: 'Version reviewed', hint: 'If the record changes after this version, readers are told it changed since review.' },
  'review.status': { label: 'Review given', hint: 'Community review or legal review.' },
  feedback: { label: 'Where readers report mistakes', hint: 'Your organisation\'s https:// page or mailto: address. Every card, guide, notice and directory shows "Something wrong or out of date?" linking here. The library itself collects nothing.' },
};

/** The words for a field at `path` (names only, list positions left out), most specific first. */
export function helpFor(path: readonly string[]): FieldHelp | undefined {
  const name = path[path.length - 1]!;
  const parent = path.length === 1 ? '(record)' : path[path.length - 2]!;
  return fieldHelp[`${parent}.${name}`] ?? fieldHelp[name];
}
