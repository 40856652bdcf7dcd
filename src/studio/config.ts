/**
 * The content studio's configuration, generated from the one schema
 * (src/data/schema.ts) so the studio cannot offer a field the validator does
 * not know, or miss one it requires. Each field gets its words from
 * field-help.ts and its format check (dates, ids, versions) from the schema's
 * own patterns and messages, so the studio says what `kyr-content validate`
 * says, next to the field.
 */
import { contentRecordSchema, localizedText } from '../data/schema.js';
import { helpFor } from './field-help.js';

interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      element?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      entries?: Record<string, string>;
      checks?: { _zod: { def: { check?: string; pattern?: RegExp; error?: () => string } } }[];
    };
  };
}

/** One field as Decap CMS reads it. */
export interface StudioField {
  name: string;
  label: string;
  hint: string;
  widget: string;
  required?: boolean;
  fields?: StudioField[];
  field?: StudioField;
  options?: string[];
  multiple?: boolean;
  pattern?: [string, string];
  collapsed?: boolean;
  summary?: string;
  default?: unknown;
}

/** Fields that only `kyr-content review` writes: shown, so reviewers can see them, but not edited here. */
const writtenByReview = new Set(['status', 'lastReviewed', 'reviewedBy', 'review']);

function fieldFor(name: string, schema: SchemaNode, path: string[]): StudioField {
  let node = schema;
  let required = true;
  while (node._zod.def.type === 'optional') {
    required = false;
    node = node._zod.def.innerType!;
  }
  const help = helpFor(path);
  if (!help) throw new Error(`src/studio/field-help.ts has no label and hint for "${path.join('.')}"`);
  const def = node._zod.def;
  // Decap's "required" means "not empty": a list the schema lets be empty is not required.
  if (def.type === 'array' && !def.checks?.some((check) => check._zod.def.check === 'min_length')) required = false;
  const base = { name, label: help.label, hint: help.hint, ...(required ? {} : { required: false }) };

  if (name === '$schema') return { ...base, widget: 'hidden' };
  if ((node as unknown) === localizedText) return { ...base, widget: 'kyr-text' };
  if (path.length === 1 && writtenByReview.has(name)) return { ...base, widget: 'kyr-readonly' };
  switch (def.type) {
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(def.shape!, path) };
    case 'array': {
      const element = def.element!._zod.def;
      if (element.type === 'object') {
        const itemFields = fieldsOf(element.shape!, path);
        const named = itemFields.find((f) => f.name === 'id' || f.name === 'sector' || f.name === 'version' || f.name === 'code');
        return { ...base, widget: 'list', collapsed: true, fields: itemFields, ...(named ? { summary: `{{fields.${named.name}}}` } : {}) };
      }
      // A list of source ids is picked from the record's own sources.
      if (name === 'sources') return { ...base, widget: 'kyr-sources' };
      if (element.type === 'enum') return { ...base, widget: 'select', multiple: true, options: Object.values(element.entries!) };
      return { ...base, widget: 'list' };
    }
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries!) };
    case 'boolean':
      return { ...base, widget: 'boolean', default: false };
    default: {
      const pattern = def.checks?.map((check) => check._zod.def).find((check) => check.pattern);
      return {
        ...base,
        widget: name === 'text' ? 'text' : 'kyr-line',
        ...(pattern ? { pattern: [pattern.pattern!.source, sentence(pattern.error?.() ?? 'is not written the right way')] as [string, string] } : {}),
      };
    }
  }
}

/** The schema's "must be …" as a sentence on its own under the field. */
const sentence = (message: string) => `${message[0]!.toUpperCase()}${message.slice(1)}.`;

function fieldsOf(shape: Record<string, SchemaNode>, path: string[]): StudioField[] {
  return Object.entries(shape).map(([name, schema]) => fieldFor(name, schema, [...path, name]));
}

/** Every field of a record, in the schema's order (which is also the order a saved file is written in). */
export function recordFields(): StudioField[] {
  return fieldsOf((contentRecordSchema as unknown as SchemaNode)._zod.def.shape!, []);
}

/**
 * The whole Decap configuration: the local backend on this machine only, one
 * collection over content/jurisdictions, no media, no editorial workflow.
 */
export function studioConfig(origin: string) {
  return {
    backend: { name: 'proxy', proxy_url: `${origin}/api/v1`, branch: 'main' },
    local_backend: { url: `${origin}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] },
    load_config_file: false,
    media_folder: 'content/media',
    locale: 'en',
    show_preview_links: false,
    site_url: origin,
    search: false,
    collections: [
      {
        name: 'jurisdictions',
        label: 'Places',
        label_singular: 'place',
        description: 'One record per country or region. Open one, change it, and save: the file in content/jurisdictions is written at once. Then run "npm run validate" and commit.',
        folder: 'content/jurisdictions',
        extension: 'yaml',
        format: 'yaml',
        // A new place starts from `kyr-content new`, which writes every field; the studio edits it.
        create: false,
        delete: false,
        slug: '{{id}}',
        identifier_field: 'id',
        summary: '{{id}}: {{names.en}} (version {{version}}, {{status}})',
        editor: { preview: true },
        fields: recordFields(),
      },
    ],
  };
}

/** A validator's field path said with the studio's labels: `rights[1].sources[0]` → "Rights › no. 2 › Sources › no. 1". */
export function fieldInWords(field: string): string {
  const names: string[] = [];
  return (field.match(/[^.[\]]+/g) ?? [])
    .map((part) => {
      if (/^\d+$/.test(part)) return `no. ${Number(part) + 1}`;
      names.push(part);
      return helpFor(names)?.label ?? part;
    })
    .join(' › ');
}
