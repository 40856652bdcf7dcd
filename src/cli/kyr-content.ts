/**
 * `kyr-content`: the content maintainers' command.
 *
 *   kyr-content validate [files…]   check content files; every problem, with file:line:column
 *   kyr-content build                write dist/data/ (catalog + one file per locale and version)
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { checkContent, formatProblem, type CheckedFile } from './validate.js';
import { publishAll } from './publish.js';
import type { ContentRecord } from '../data/schema.js';

const usage = `kyr-content: check and publish know-your-rights content

Usage:
  kyr-content validate [files…]   check every content file (or the ones named)
  kyr-content build               check, then write the published data

Options:
  --content DIR   content folder (default: content/jurisdictions)
  --out DIR       where build writes (default: dist/data)
  --today DATE    treat DATE (YYYY-MM-DD) as today, for dates "in the future"
`;

interface Options {
  content: string;
  out: string;
  today: string;
  rest: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { content: 'content/jurisdictions', out: 'dist/data', today: new Date().toISOString().slice(0, 10), rest: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '--content') options.content = value();
    else if (arg === '--out') options.out = value();
    else if (arg === '--today') options.today = value();
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.rest.push(arg);
  }
  return options;
}

class UsageError extends Error {}

async function contentFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder);
  return names.filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => join(folder, n));
}

async function checkFiles(files: string[], today: string): Promise<CheckedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const shown = relative(process.cwd(), file) || file;
      let source: string;
      try {
        source = await readFile(file, 'utf8');
      } catch {
        return { file: shown, problems: [{ file: shown, line: 1, column: 1, field: '(file)', message: 'cannot be read' }] };
      }
      return checkContent(shown, source, { today, expectedId: basename(file).replace(/\.ya?ml$/, '') });
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
  const checked = await checkFiles(files, options.today);
  if (printProblems(checked)) {
    console.error('\nNothing was built: fix the problems above first.');
    return 1;
  }
  const records = new Map<string, ContentRecord[]>();
  for (const { record } of checked) records.set(record!.id, [record!]);
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

const commands: Record<string, (options: Options) => Promise<number>> = { validate, build };

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
