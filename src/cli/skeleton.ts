/**
 * `kyr-content new ID`: a file with every field and a comment on each, so a
 * maintainer fills in blanks instead of learning the schema. It does not
 * validate until a real source is listed, so a blank file cannot be published.
 */
export function skeleton(id: string, today: string): string {
  const [y, m, d] = today.split('-').map(Number);
  const due = new Date(Date.UTC(y!, m! - 1 + 6, d!)).toISOString().slice(0, 10);
  return `# yaml-language-server: $schema=../schema/record.schema.json
# ${id}: new record. Every text is written once per language under "locales";
# every claim cites source ids listed under "sources" at the bottom.
# Check it with:  npx kyr-content validate content/jurisdictions/${id}.yaml
id: ${id}
names:            # the place's name in each language
  en: Write the name of the place
sourceLocale: en  # the language this record is first written in
locales:          # every language of this record; translations start as unreviewed
  - code: en
    translation: original

version: 1.0.0    # major: the law or its meaning changed; minor: new guidance; patch: wording
changelog:        # newest first; one entry per version
  - version: 1.0.0
    date: ${today}
    summary: First version.
lawAsOf: ${today}       # the date of the source the legal model rests on
lastReviewed: ${today}
reviewedBy: []          # names of reviewers; required once status is not draft
nextReviewDue: ${due}   # when someone must check this again
status: draft           # draft | community-reviewed | legal-reviewed

legalModel:
  activities:           # criminalised | administrative | regulated | legal | varies | unknown
    selling: unknown
    buying: unknown
    thirdParties: unknown     # managers, landlords, drivers and others who help or profit
    soliciting: unknown       # looking for clients in public
    advertising: unknown
    sharingPremises: unknown  # working together in one place
  summary:
    en: Say what the law means for a worker, in two or three short sentences.
  sources: [source-1]

otherLaws:              # kinds: mandatory-testing, hiv-criminalisation, anti-lgbt, loitering-vagrancy,
                        # condoms-as-evidence, immigration, drugs, other
  - id: example-law
    kind: other
    title:
      en: The law's name
    text:
      en: What it means for a worker.
    sources: [source-1]

enforcement:            # what police and officials do in practice, apart from the law
  - id: example-practice
    text:
      en: What happens in practice.
    sources: [source-1]

rights:                 # the key rights for the card
  - id: example-right
    title:
      en: You can …
    text:
      en: One or two short sentences.
    sources: [source-1]

arrest:                 # steps per stage; warning: true for dangers specific to this place
  stopped:
    - id: example-step
      warning: false
      text:
        en: Stay calm. …
      sources: [source-1]
  arrested: []
  detained: []
  afterRelease: []

firewall:               # per sector: health, police, labour, education, housing, social
  - sector: health
    sharesWithImmigration: unknown   # yes | no | unknown
    basis: unknown                   # statute | policy | practice | unknown
    text:
      en: We do not know whether clinics here share your details with immigration. Ask a sex worker-led organisation before you give your details.
    sources: [source-1]

contacts:               # only with channels a cited source gives; never guess a number
  - id: example-organisation
    name: Organisation name
    kinds: [sex-worker-led]          # sex-worker-led, legal-aid, health, hotline, migrant-support
    channels: []                     # - kind: phone|sms|email|web|messaging  href: tel:+… / https://…
    languages: [en]
    verifiedOn: ${today}             # the day you checked the channels
    sources: [source-1]

officerStatement:       # two or three calm sentences in the local official language
  locale: en
  text: I will stay silent. I want a lawyer.
  meaning:
    en: I will stay silent. I want a lawyer.
  sources: [source-1]

sources: []             # - id: source-1  title: …  publisher: …  date: YYYY-MM-DD  url: https://…
`;
}
