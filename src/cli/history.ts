/**
 * Published versions come from git: a version is published once it is
 * committed, and must never change afterwards. Reading them back from history
 * keeps every earlier version addressable without a second copy in the tree.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dirname, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { contentRecordSchema, type ContentRecord } from '../data/schema.js';

const run = promisify(execFile);

export interface PublishedVersion {
  version: string;
  /** The first commit that held this version. */
  commit: string;
  record: ContentRecord;
}

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch {
    return undefined; // not a repository, or the path has no history
  }
}

/**
 * Every committed version of a content file, newest first, each as first committed.
 * Empty outside a git repository or for a file never committed.
 */
export async function committedVersions(file: string): Promise<PublishedVersion[]> {
  const cwd = dirname(resolve(file));
  const top = (await git(cwd, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) return [];
  const path = relative(top, resolve(file));
  const log = await git(top, ['log', '--format=%H', '--', path]);
  if (!log) return [];
  const commits = log.split('\n').filter(Boolean).reverse(); // oldest first
  const seen = new Map<string, PublishedVersion>();
  for (const commit of commits) {
    const text = await git(top, ['show', `${commit}:${path}`]);
    if (text === undefined) continue;
    let parsed;
    try {
      parsed = contentRecordSchema.safeParse(parse(text));
    } catch {
      continue; // a commit with broken YAML never published anything
    }
    if (parsed.success && !seen.has(parsed.data.version)) {
      seen.set(parsed.data.version, { version: parsed.data.version, commit, record: parsed.data });
    }
  }
  return [...seen.values()].sort((a, b) => compareVersions(b.version, a.version));
}

export function compareVersions(a: string, b: string): number {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < 3; i++) if (x[i]! !== y[i]!) return x[i]! - y[i]!;
  return 0;
}

/** Same content, ignoring key order and the editor's `$schema` hint. */
export function sameContent(a: ContentRecord, b: ContentRecord): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .filter((k) => k !== '$schema')
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
