/**
 * `kyr-content`: the content maintainers' command. See `usage` below.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { z } from 'zod/mini';
import { checkContent, formatProblem, type CheckedFile } from './validate.js';
import { publishAll } from './publish.js';
import { committedVersions, sameContent } from './history.js';
import { describeChanges } from './diff.js';
import { placeholderTexts, skeleton } from './skeleton.js';
import { audit, formatAudit } from './audit.js';
import { contentRecordSchema, isRealDate, jurisdictionIdPattern, reviewedStatuses, type ContentRecord } from '../data/schema.js';
import { copyData, copyDataUsage } from './copy-data.js';

const usage = `kyr-content: check and publish know-your-rights content

Usage:
  kyr-content validate [files…]          check every content file (or the ones named)
  kyr-content build                      check, then write every published version to --out
  kyr-content stale [--as-of DATE]       list records past their review date (exit 1 if any)
  kyr-content diff ID [--from V] [--to V]  what changed between two versions (default: the last two)
  kyr-content new ID                     write a commented skeleton for a new record
  kyr-content review ID --by ORG --status community-reviewed|legal-reviewed
                                         record that ORG checked the current version today
  kyr-content schema                     write the JSON Schema editors use to check content as you type
  kyr-content audit [--json]             what reviewers should check first, record by record
${copyDataUsage}
Options:
  --content DIR   content folder (default: content/jurisdictions in this project, from any folder inside it)
  --out DIR       where build writes (default: dist/data in this project)
  --today DATE    treat DATE (YYYY-MM-DD) as today, for dates "in the future"
  --json          audit: print JSON for tools instead of the report
`;

interface Options {
  content: string;
  out: string;
  today: string;
  asOf?: string;
  from?: string;
  to?: string;
  by?: string;
  status?: string;
  json: boolean;
  rest: string[];
}

/**
 * The project folder: the nearest folder, from here up, that holds
 * content/jurisdictions, so every command works from any folder inside it.
 */
function projectFolder(start = process.cwd()): string {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    if (existsSync(join(folder, 'content', 'jurisdictions'))) return folder;
    if (dirname(folder) === folder) return start;
  }
}

/** A date the maintainer typed: YYYY-MM-DD and a real day, or a clear refusal. */
function dateOption(name: string, value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) {
    throw new UsageError(`${name} ${value} is not a date written YYYY-MM-DD (for example 2027-06-01)`);
  }
  return value;
}

function parseArgs(args: string[]): Options {
  const root = projectFolder();
  const options: Options = {
    content: join(root, 'content', 'jurisdictions'),
    out: join(root, 'dist', 'data'),
    today: new Date().toISOString().slice(0, 10),
    json: false,
    rest: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--content') options.content = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--today') options.today = dateOption(arg, value());
    else if (arg === '--as-of') options.asOf = dateOption(arg, value());
    else if (arg === '--by') options.by = value();
    else if (arg === '--status') options.status = value();
    else if (arg === '--from') options.from = value();
    else if (arg === '--to') options.to = value();
    else if (arg === '--json') options.json = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.rest.push(arg);
  }
  return options;
}

class UsageError extends Error {}

async function contentFiles(folder: string): Promise<string[]> {
  if (!existsSync(folder)) throw new UsageError(`there is no content folder at ${folder}; run this inside the project, or name it with --content`);
  const names = await readdir(folder);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(folder, n));
}

async function checkFiles(files: string[], today: string, publishing = false): Promise<CheckedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const shown = relative(process.cwd(), file) || file;
      let source: string;
      try {
        source = await readFile(file, 'utf8');
      } catch {
        return { file: shown, problems: [{ file: shown, line: 1, column: 1, field: '(file)', message: 'cannot be read' }] };
      }
      const published = await committedVersions(file);
      const expectedId = basename(file).replace(/\.ya?ml$/, '');
      return checkContent(shown, source, { today, published, expectedId, placeholders: publishing ? placeholderTexts : undefined });
    }),
  );
}

function printProblems(checked: CheckedFile[]): number {
  const problems = checked.flatMap((c) => c.problems);
  for (const problem of problems) console.error(formatProblem(problem));
  return problems.length;
}

async function validate(options: Options): Promise<number> {
  const files = options.rest.length ? options.rest : await contentFiles(options.content);
  const checked = await checkFiles(files, options.today);
  const count = printProblems(checked);
  if (count) {
    console.error(`\n${count} problem${count === 1 ? '' : 's'} in ${checked.filter((c) => c.problems.length).length} of ${files.length} files.`);
    return 1;
  }
  console.log(`${files.length} file${files.length === 1 ? '' : 's'} checked, no problems.`);
  return 0;
}

async function build(options: Options): Promise<number> {
  const files = await contentFiles(options.content);
  const checked = await checkFiles(files, options.today, true);
  if (printProblems(checked)) {
    console.error('\nNothing was built: fix the problems above first.');
    return 1;
  }
  // The current content, then every earlier committed version, so pinned embeds keep working.
  const records = new Map<string, ContentRecord[]>();
  for (const [i, { record }] of checked.entries()) {
    const earlier = (await committedVersions(files[i]!)).filter((p) => p.version !== record!.version).map((p) => p.record);
    records.set(record!.id, [record!, ...earlier]);
  }
  const { catalog, files: output } = publishAll(records);
  // Start from an empty folder so a removed record does not linger.
  await rm(options.out, { recursive: true, force: true });
  for (const file of output) {
    const target = join(options.out, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.json);
  }
  await writeFile(join(options.out, 'catalog.json'), `${JSON.stringify(catalog, null, 1)}\n`);
  console.log(`Built ${catalog.jurisdictions.length} records, ${output.length} files, into ${options.out}/.`);
  return 0;
}

async function stale(options: Options): Promise<number> {
  const asOf = options.asOf ?? options.today;
  const files = await contentFiles(options.content);
  const checked = await checkFiles(files, options.today);
  if (printProblems(checked)) return 1;
  const overdue = checked.map((c) => c.record!).filter((record) => record.nextReviewDue < asOf);
  for (const record of overdue) {
    console.log(`${record.id}  review was due ${record.nextReviewDue} (last reviewed ${record.lastReviewed}, version ${record.version}, ${record.status})`);
  }
  console.log(overdue.length ? `\n${overdue.length} of ${files.length} records are past their review date as of ${asOf}.` : `No record is past its review date as of ${asOf}.`);
  return overdue.length ? 1 : 0;
}

async function recordFile(options: Options, id: string | undefined): Promise<string> {
  if (!id || !jurisdictionIdPattern.test(id)) throw new UsageError('needs a jurisdiction id, like "ke" or "us-la"');
  return join(options.content, `${id}.yaml`);
}

async function diff(options: Options): Promise<number> {
  const file = await recordFile(options, options.rest[0]);
  const published = (await committedVersions(file)).map((p) => p.record);
  // The working copy is compared too: as a new version, or as unpublished edits to the newest one.
  const current = contentRecordSchema.safeParse((await import('yaml')).parse(await readFile(file, 'utf8')));
  const working = current.success && !published.some((v) => sameContent(v, current.data)) ? current.data : undefined;
  const versions = working ? [working, ...published] : published;
  const label = (record: ContentRecord) => (record === working ? `${record.version} (working copy, not yet published)` : record.version);
  if (!options.from && !options.to && versions.length < 2) {
    const only = versions[0] ?? published[0];
    console.log(
      `${shownPath(file)} has only one version${only ? ` (${only.version})` : ''} and no unpublished change, so there is nothing to compare yet: edit it and run this again to see your changes against the last published version.`,
    );
    return 0;
  }
  const find = (version: string | undefined, fallback: ContentRecord | undefined) => {
    const record = version ? versions.find((v) => v.version === version) : fallback;
    if (!record) throw new UsageError(`${basename(file)} has no version ${version}; it has ${versions.map((v) => v.version).join(', ') || 'none committed'}`);
    return record;
  };
  const to = find(options.to, versions[0]);
  const from = find(options.from, versions[versions.indexOf(to) + 1]);
  const lines = describeChanges(from, to);
  console.log(`${to.names[to.sourceLocale] ?? to.id} (${to.id}): ${label(from)} → ${label(to)}`);
  const entry = to.changelog.find((c) => c.version === to.version);
  if (entry && entry.version !== from.version) console.log(`Changelog: ${entry.summary}`);
  console.log(lines.length ? lines.join('\n') : 'No change in substance.');
  return 0;
}

/** A file as the maintainer would type it from where they are. */
const shownPath = (file: string) => relative(process.cwd(), file) || file;

/**
 * `review ID --by ORG --status S`: the one way a record's status rises. It
 * records who checked which version and when, and when to check again.
 */
async function review(options: Options): Promise<number> {
  const file = await recordFile(options, options.rest[0]);
  const status = reviewedStatuses.find((s) => s === options.status);
  if (!options.by?.trim()) throw new UsageError('needs --by "<the organisation that checked it>"');
  if (!status) throw new UsageError(`needs --status ${reviewedStatuses.join(' or ')}`);
  const [checked] = await checkFiles([file], options.today);
  if (!checked?.record) {
    printProblems([checked!]);
    console.error('\nNot recorded: a review signs off a record that passes validation; fix the problems above first.');
    return 1;
  }
  const record = checked.record;
  const doc = parseDocument(await readFile(file, 'utf8'));
  const by = options.by.trim();
  doc.set('status', status);
  doc.set('lastReviewed', options.today);
  doc.set('nextReviewDue', addMonths(options.today, reviewIntervalMonths));
  if (!record.reviewedBy.includes(by)) doc.set('reviewedBy', [...record.reviewedBy, by]);
  doc.set('review', { by, on: options.today, version: record.version, status });
  await writeFile(file, doc.toString({ lineWidth: 0 }));
  console.log(
    `${shownPath(file)}: version ${record.version} recorded as ${status} by ${by} on ${options.today}; next review due ${addMonths(options.today, reviewIntervalMonths)}. ` +
      'Readers will see "changed since review" after the next change, until it is reviewed again.',
  );
  return 0;
}

/** How long a sign-off holds before the record is due to be checked again. */
const reviewIntervalMonths = 12;

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1 + months, d!)).toISOString().slice(0, 10);
}

async function create(options: Options): Promise<number> {
  const file = await recordFile(options, options.rest[0]);
  if (existsSync(file)) {
    console.error(`${shownPath(file)} already exists; edit it instead.`);
    return 1;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, skeleton(options.rest[0]!, options.today));
  console.log(`Wrote ${shownPath(file)}. Fill it in (or open it in the studio: npm run studio), then run: npx kyr-content validate ${shownPath(file)}`);
  return 0;
}

/** Where the JSON Schema lives: beside the content, so content files point at it relatively. */
export const schemaFile = 'content/schema/record.schema.json';

export function recordJsonSchema(): string {
  const schema = z.toJSONSchema(contentRecordSchema, { unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'kyr-widgets legal-context record' }, null, 2)}\n`;
}

async function schema(): Promise<number> {
  const target = join(projectFolder(), schemaFile);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, recordJsonSchema());
  console.log(`Wrote ${shownPath(target)}.`);
  return 0;
}

async function auditCommand(options: Options): Promise<number> {
  const checked = await checkFiles(await contentFiles(options.content), options.today);
  if (printProblems(checked)) return 1;
  const report = audit(checked.map((c) => c.record!), options.today);
  console.log(options.json ? JSON.stringify(report, null, 2) : formatAudit(report));
  return 0;
}

const commands: Record<string, (options: Options) => Promise<number>> = { validate, build, stale, diff, new: create, review, schema, audit: auditCommand, 'copy-data': copyData };

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(usage);
    return command ? 0 : 2;
  }
  const run = commands[command];
  if (!run) {
    console.error(`kyr-content: unknown command "${command}"\n\n${usage}`);
    return 2;
  }
  try {
    return await run(parseArgs(args));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`kyr-content ${command}: ${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
