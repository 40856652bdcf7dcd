/**
 * `kyr-content new ID`: a file with every field and a comment on each, so a
 * maintainer fills in blanks instead of learning the schema. It validates as
 * written, so every later error is the maintainer's own; `build` refuses it
 * while any of the placeholder texts below is still in it.
 */
export const placeholder = {
  name: 'Write the name of the place',
  summary: 'Say what the law means for a worker, in two or three short sentences.',
  lawTitle: "Write the law's name",
  lawText: 'Write what this law means for a worker.',
  practice: 'Write what happens in practice.',
  rightTitle: 'Write the right, like: You can stay silent',
  rightText: 'Write one or two short sentences about this right.',
  step: 'Write a step, like: Stay calm.',
  firewall: 'Write whether clinics here share your details with immigration.',
  immigration: 'Write what selling sex can do to a visa or residence permit here, or that we do not know.',
  organisation: "Write the organisation's name",
  officer: 'Write two or three calm sentences in the local official language.',
  officerMeaning: 'Write what the sentences for the officer mean.',
  sourceTitle: 'Write the title of the source',
  publisher: 'Write who published the source',
  change: 'First version.',
} as const;

/** Every sentence the skeleton puts in: none of them may be published. */
export const placeholderTexts: ReadonlySet<string> = new Set(Object.values(placeholder).filter((text) => text !== placeholder.change));

export function skeleton(id: string, today: string): string {
  const p = placeholder;
  const [y, m, d] = today.split('-').map(Number);
  const due = new Date(Date.UTC(y!, m! - 1 + 6, d!)).toISOString().slice(0, 10);
  return `# yaml-language-server: $schema=../schema/record.schema.json
# ${id}: new record. Every text is written once per language under "locales";
# every claim cites source ids listed under "sources" at the bottom.
# Check it with:  npx kyr-content validate content/jurisdictions/${id}.yaml
id: ${id}
names:            # the place's name in each language
  en: ${p.name}
sourceLocale: en  # the language this record is first written in
locales:          # every language of this record; translations start as unreviewed
  - code: en
    translation: original

version: 1.0.0    # major: the law or its meaning changed; minor: new guidance; patch: wording
changelog:        # newest first; one entry per version
  - version: 1.0.0
    date: ${today}
    summary: ${p.change}
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
    en: ${p.summary}
  sources: [source-1]

otherLaws:              # kinds: mandatory-testing, hiv-criminalisation, anti-lgbt, loitering-vagrancy,
                        # condoms-as-evidence, immigration, drugs, other
  - id: example-law
    kind: other
    title:
      en: ${p.lawTitle}
    text:
      en: ${p.lawText}
    sources: [source-1]

enforcement:            # what police and officials do in practice, apart from the law
  - id: example-practice
    text:
      en: ${p.practice}
    sources: [source-1]

rights:                 # the key rights for the card
  - id: example-right
    title:
      en: "${p.rightTitle}"
    text:
      en: ${p.rightText}
    sources: [source-1]

arrest:                 # steps per stage; warning: true for dangers specific to this place
  stopped:
    - id: example-step
      warning: false
      text:
        en: "${p.step}"
      sources: [source-1]
  arrested: []
  detained: []
  afterRelease: []

immigration:            # events: selling, arrest, fine, conviction, police-data; answer: yes | no | unknown
  - id: selling-and-papers           # "unknown" needs no source; any other answer cites one
    event: selling
    answer: unknown
    text:
      en: ${p.immigration}
    sources: []

firewall:               # per sector: health, police, labour, education, housing, social
  - sector: health
    sharesWithImmigration: unknown   # yes | no | unknown
    basis: unknown                   # statute | policy | practice | unknown
    text:
      en: ${p.firewall}
    sources: [source-1]

contacts:               # only with channels a cited source gives; never guess a number
  - id: example-organisation
    name: ${p.organisation}
    kinds: [sex-worker-led]          # sex-worker-led, legal-aid, health, hotline, migrant-support
    channels: []                     # - kind: phone|sms|email|web|messaging  href: tel:+… / https://…
    languages: [en]
    status: unknown                  # active | paused | closed | unknown, as their own pages last showed
    # verifiedOn: YYYY-MM-DD         # only if a person reached one of the channels that day
    sources: [source-1]

officerStatement:       # two or three calm sentences in the local official language
  locale: en
  text: ${p.officer}
  meaning:
    en: ${p.officerMeaning}
  sources: [source-1]

sources:                # every claim above cites one of these by id
  - id: source-1
    kind: other                      # law | court | government | un | ngo | news | blog | other
    title: ${p.sourceTitle}
    publisher: ${p.publisher}
    date: ${today}           # YYYY, YYYY-MM or YYYY-MM-DD
    # url: https://…         # where a reader can find it, if it is online
`;
}
