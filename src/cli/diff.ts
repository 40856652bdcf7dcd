/**
 * What changed in substance between two versions of a record, said so a
 * non-developer can check it: facts, rights, steps, services and contacts by
 * name, in the record's source language; not a line diff of YAML.
 */
import { activities, arrestStages, type ContentRecord } from '../data/schema.js';

type Texted = { id?: string; sector?: string; title?: Record<string, string>; text?: Record<string, string>; name?: string };

const quote = (value: string | undefined) => (value === undefined ? '(none)' : `"${value}"`);

export function describeChanges(from: ContentRecord, to: ContentRecord): string[] {
  const lang = to.sourceLocale;
  const say = (text: Record<string, string> | undefined) => text?.[lang] ?? (text ? Object.values(text)[0] : undefined);
  const lines: string[] = [];
  const section = (title: string, body: string[]) => {
    if (body.length) lines.push(title, ...body.map((line) => `  ${line}`));
  };

  section(
    'Record',
    (['status', 'lawAsOf', 'lastReviewed', 'nextReviewDue'] as const)
      .filter((field) => from[field] !== to[field])
      .map((field) => `${field}: ${from[field]} → ${to[field]}`),
  );

  const law: string[] = [];
  for (const activity of activities) {
    const before = from.legalModel?.activities[activity];
    const after = to.legalModel?.activities[activity];
    if (before !== after) law.push(`${activity}: ${before ?? '(none)'} → ${after ?? '(none)'}`);
  }
  if (say(from.legalModel?.summary) !== say(to.legalModel?.summary)) {
    law.push(`summary before: ${quote(say(from.legalModel?.summary))}`, `summary after:  ${quote(say(to.legalModel?.summary))}`);
  }
  section('Legal model', law);

  const compareList = (title: string, before: Texted[] | undefined, after: Texted[] | undefined) => {
    const key = (item: Texted) => item.id ?? item.sector ?? '';
    const name = (item: Texted) => item.name ?? say(item.title) ?? item.sector ?? item.id ?? '';
    const old = new Map((before ?? []).map((item) => [key(item), item]));
    const now = new Map((after ?? []).map((item) => [key(item), item]));
    const body: string[] = [];
    for (const [id, item] of now) {
      const was = old.get(id);
      if (!was) body.push(`+ added ${quote(name(item))}: ${quote(say(item.text))}`);
      else if (JSON.stringify(was) !== JSON.stringify(item)) {
        // Every changed text, old above new, so a reviewer reads the two sentences together.
        const texts = (['title', 'name', 'text'] as const)
          .map((field) => [field, field === 'name' ? was.name : say(was[field]), field === 'name' ? item.name : say(item[field])] as const)
          .filter(([, before, after]) => before !== after);
        body.push(`~ changed ${quote(name(was))}${texts.length ? '' : ' (sources, translation or details)'}`);
        for (const [field, before, after] of texts) body.push(`    ${field} before: ${quote(before)}`, `    ${field} after:  ${quote(after)}`);
      }
    }
    for (const [id, item] of old) if (!now.has(id)) body.push(`- removed ${quote(name(item))}`);
    section(title, body);
  };

  compareList('Rights', from.rights, to.rights);
  compareList('Other laws', from.otherLaws, to.otherLaws);
  compareList('In practice', from.enforcement, to.enforcement);
  for (const stage of arrestStages) compareList(`Arrest guide: ${stage}`, from.arrest?.[stage], to.arrest?.[stage]);
  compareList('Firewall', from.firewall as Texted[] | undefined, to.firewall as Texted[] | undefined);
  compareList(
    'Contacts',
    from.contacts?.map((c) => ({ ...c, text: c.description })),
    to.contacts?.map((c) => ({ ...c, text: c.description })),
  );
  if (from.officerStatement?.text !== to.officerStatement?.text) {
    section('Officer statement', [`before: ${quote(from.officerStatement?.text)}`, `after:  ${quote(to.officerStatement?.text)}`]);
  }
  const sources = (r: ContentRecord) => new Map(r.sources.map((s) => [s.id, s.title]));
  const [oldSources, newSources] = [sources(from), sources(to)];
  section('Sources', [
    ...[...newSources].filter(([id]) => !oldSources.has(id)).map(([, title]) => `+ added ${quote(title)}`),
    ...[...oldSources].filter(([id]) => !newSources.has(id)).map(([, title]) => `- removed ${quote(title)}`),
  ]);
  const added = to.locales.filter((l) => !from.locales.some((f) => f.code === l.code)).map((l) => l.code);
  if (added.length) section('Languages', [`+ added ${added.join(', ')}`]);
  return lines;
}
