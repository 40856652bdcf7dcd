/**
 * Finding the translatable texts of a content record by walking the schema
 * beside the data, so publishing and the "missing translation" rule know the
 * texts from the schema itself rather than from a second list.
 */
import { contentRecordSchema, localizedText, type ContentRecord } from './schema.js';

type Path = (string | number)[];
type Visit = (text: Record<string, string>, path: Path) => unknown;

interface SchemaNode {
  _zod: { def: { type: string; innerType?: SchemaNode; element?: SchemaNode; shape?: Record<string, SchemaNode> } };
}

function walk(schema: SchemaNode, value: unknown, path: Path, visit: Visit): unknown {
  if (value === undefined || value === null) return value;
  if ((schema as unknown) === localizedText) return visit(value as Record<string, string>, path);
  const def = schema._zod.def;
  if (def.type === 'optional' && def.innerType) return walk(def.innerType, value, path, visit);
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    return value.map((item, i) => walk(def.element!, item, [...path, i], visit));
  }
  if (def.type === 'object' && def.shape && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, item]) => [
        key,
        def.shape![key] ? walk(def.shape![key], item, [...path, key], visit) : item,
      ]),
    );
  }
  return value;
}

/** The field names the schema allows at `path` in a record (none where it allows no named fields). */
export function fieldsAt(path: readonly (string | number)[]): string[] {
  let node = contentRecordSchema as unknown as SchemaNode | undefined;
  for (const part of [...path, undefined]) {
    while (node && node._zod.def.type === 'optional') node = node._zod.def.innerType;
    if (part === undefined) break;
    node = typeof part === 'number' ? node?._zod.def.element : node?._zod.def.shape?.[part];
  }
  return Object.keys(node?._zod.def.shape ?? {});
}

/** Every localised text of a record, with its path. */
export function textsOf(record: ContentRecord): { path: Path; text: Record<string, string> }[] {
  const found: { path: Path; text: Record<string, string> }[] = [];
  walk(contentRecordSchema as unknown as SchemaNode, record, [], (text, path) => found.push({ path, text }));
  return found;
}

/** The record with every text replaced by its string in `locale`. */
export function inLocale(record: ContentRecord, locale: string): unknown {
  return walk(contentRecordSchema as unknown as SchemaNode, record, [], (text) => text[locale]);
}
