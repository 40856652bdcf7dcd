/**
 * Checking a content file the way a maintainer needs it checked: every problem
 * at once, each pointing at the file, line, column and field, in plain words.
 */
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { contentRecordSchema, type ContentRecord } from '../data/schema.js';
import { checkReferences, checkRules, type Path, type Report, type RuleOptions } from '../data/rules.js';
import { fieldsAt } from '../data/texts.js';
import { compareVersions, sameContent, type PublishedVersion } from './history.js';

export interface Problem {
  file: string;
  line: number;
  column: number;
  field: string;
  message: string;
}

export interface CheckedFile {
  file: string;
  /** Present only when the file has no problem at all. */
  record?: ContentRecord;
  problems: Problem[];
}

export function formatField(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
      .join('') || '(file)'
  );
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}`;
}

/** Where a field is written: the deepest part of `path` that exists in the file. */
function locate(doc: Document, counter: LineCounter, path: Path, keyOnly = false): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth - 1);
    const last = path[depth - 1];
    const parent = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
    let offset: number | undefined;
    if (depth === 0) offset = doc.contents?.range?.[0];
    else if (isMap(parent)) {
      const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
      if (pair && isPair(pair)) {
        const target = keyOnly || !pair.value ? pair.key : pair.value;
        offset = (target as { range?: [number, number] } | null)?.range?.[0];
      }
    } else {
      const node = doc.getIn([...parentPath, last!], true) as { range?: [number, number] } | undefined;
      offset = node?.range?.[0];
    }
    if (offset !== undefined) {
      const { line, col } = counter.linePos(offset);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
}

const describe = (value: unknown): string =>
  value === null ? 'empty' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a group of fields' : typeof value === 'string' ? 'text' : typeof value;

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields',
};

/** zod's codes said in a maintainer's words; our own schema messages are kept as written. */
function plainMessage(issue: ZodIssueLike, value: unknown): string {
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) return 'is required but missing';
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${expectedWords[issue.expected ?? ''] ?? issue.expected}, not ${describe(value)}`;
    case 'invalid_value':
      return `must be one of: ${(issue.values ?? []).map((v) => String(v)).join(', ')}`;
    case 'invalid_key':
      return 'is not a language code, like "en" or "sw"';
    default:
      return issue.message;
  }
}

export interface CheckOptions extends RuleOptions {
  /** Versions already committed, newest first: each must stay as it was published. */
  published?: PublishedVersion[];
  /** Texts that must not be published (the skeleton's placeholders), checked when building. */
  placeholders?: ReadonlySet<string>;
}

export function checkContent(file: string, source: string, options: CheckOptions): CheckedFile {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  const report = (path: Path, message: string, keyOnly = false) =>
    problems.push({ file, ...locate(doc, counter, path, keyOnly), field: formatField(path), message });

  if (doc.errors.length > 0) {
    // After the first syntax error the parser's later complaints are its own confusion,
    // not the maintainer's mistakes: say the first one only (and every field written twice).
    const [first, ...rest] = doc.errors;
    for (const error of [first!, ...rest.filter((e) => e.code === 'DUPLICATE_KEY')]) {
      const { line, col } = counter.linePos(error.pos[0]);
      problems.push({ file, line, column: col, field: '(syntax)', message: syntaxAdvice(error.code, error.message, source, error.pos[0]) });
    }
    return { file, problems: inLineOrder(problems) };
  }

  const data: unknown = doc.toJS();
  const parsed = contentRecordSchema.safeParse(data);
  const misspelt = new Set<string>();
  if (!parsed.success) {
    for (const issue of parsed.error.issues as unknown as ZodIssueLike[]) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys ?? []) {
          const meant = closestField(key, fieldsAt(path));
          if (meant) misspelt.add(formatField([...path, meant]));
          report([...path, key], meant ? `is not a field here: did you mean "${meant}"?` : 'is not a field here (check the spelling)', true);
        }
      } else {
        report(path, plainMessage(issue, valueAt(data, path)));
      }
    }
    // A misspelt field is one mistake: "did you mean" says it, so the field it was
    // meant to be is not reported again as missing.
    for (let i = problems.length - 1; i >= 0; i--) {
      if (misspelt.has(problems[i]!.field) && problems[i]!.message === 'is required but missing') problems.splice(i, 1);
    }
    // The reference rules still run where the shape allows, so one pass shows every
    // problem; a field whose shape is wrong was reported above and is skipped here.
    const reported = new Set(problems.map((p) => p.field));
    try {
      checkReferences(data as ContentRecord, (path, message, keyOnly) => {
        if (!reported.has(formatField(path))) report(path, message, keyOnly);
      });
    } catch {
      // A rule met a value of the wrong shape; that field is already reported.
    }
    return { file, problems: inLineOrder(problems) };
  }

  const record = parsed.data;
  checkRules(record, options, report);
  checkPublishedVersions(record, options.published ?? [], report);
  if (options.placeholders) {
    for (const path of stringsIn(record, (text) => options.placeholders!.has(text))) {
      report(path, 'still holds the placeholder text of "kyr-content new": write the real text before publishing');
    }
  }
  return problems.length ? { file, problems: inLineOrder(problems) } : { file, record, problems };
}

/** In the order a maintainer reads the file, and each field's mistake once (a bad date fails two checks). */
function inLineOrder(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.line}:${p.field}`;
      if (p.field !== '(syntax)' && seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** What to do about a YAML syntax error, in the words of someone who writes text, not code. */
function syntaxAdvice(code: string, message: string, source: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') return 'this field is written twice';
  if (code === 'TAB_AS_INDENT' || source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset + 1).includes('\t')) {
    return 'use spaces, not tabs, to indent';
  }
  const lineText = source.slice(source.lastIndexOf('\n', offset - 1) + 1, source.indexOf('\n', offset) >>> 0);
  // `en: Important: you must be told why` – the second colon starts what YAML reads as a new field.
  if (/^\s*(- )?[\w-]+:\s+[^'"\s[{|>].*:\s/.test(lineText)) {
    return 'this text contains a colon: put it in quotes, like  en: "Important: you must be told why"';
  }
  if (/flow|quote|missing/i.test(code + message)) {
    return 'YAML syntax: a bracket or quote opened near here is not closed (a text that starts with [, {, \' or " must be put in quotes whole)';
  }
  return 'YAML syntax: this line is not written as "field: value" or "- item" (look here and at the line above)';
}

/** The spelling a maintainer most likely meant: the known field within two letters' change. */
function closestField(key: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(key.length / 3));
  for (const field of known) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase());
    if (distance <= bestDistance) [best, bestDistance] = [field, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The paths of every string in `value` that `matches`. */
function stringsIn(value: unknown, matches: (text: string) => boolean, path: Path = []): Path[] {
  if (typeof value === 'string') return matches(value) ? [path] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, matches, [...path, Array.isArray(value) ? Number(key) : key]));
  }
  return [];
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
}

/** A published version is immutable: a change needs a new version (and so a changelog entry). */
function checkPublishedVersions(record: ContentRecord, published: PublishedVersion[], report: Report): void {
  const newest = published[0];
  if (!newest) return;
  const same = published.find((p) => p.version === record.version);
  if (same && !sameContent(same.record, record)) {
    report(['version'], `is still ${record.version}, but the content changed since that version was published (commit ${same.commit.slice(0, 7)}): bump the version and add a changelog entry`);
  } else if (!same && compareVersions(record.version, newest.version) < 0) {
    report(['version'], `${record.version} is lower than the published ${newest.version}`);
  }
}

