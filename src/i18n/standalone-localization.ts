/**
 * The quick exit's standalone build (`dist/kyr-quick-exit.js`, see
 * scripts/rollup-quick-exit.js) resolves both `@lit/localize` and
 * ./localization.js to this module: what the quick exit needs from the two, in
 * a few hundred bytes. Every quick-exit message has an explicit id, so nothing
 * here hashes message text at run time (most of @lit/localize's own runtime),
 * and there are no lit templates to localize. The full bundle uses the real
 * @lit/localize.
 *
 * Kept: `msg` by id with the `str` placeholders the generated locale modules
 * use, `str`, and `useInterfaceLocale`, with the same `lit-localize-status`
 * event once a language is ready.
 */
import { interfaceLocaleFor } from './interface-locales.js';
import { loadLocale } from './load-locale.js';
import { sourceLocale } from './locale-codes.js';

/** A `str` template: its literal parts and the values between them. */
export interface StrResult {
  strings: TemplateStringsArray;
  values: unknown[];
}

/** A locale module's messages by id; in a translation, a `str` value is the position of the source's value. */
type Templates = Record<string, string | StrResult>;

/** The active language's messages; none for the source language. */
let templates: Templates | undefined;
let locale: string = sourceLocale;
/** Counts requests: when a language is asked for again before the last one loaded, the last request wins. */
let requests = 0;

export function str(strings: TemplateStringsArray, ...values: unknown[]): StrResult {
  return { strings, values };
}

/** The message `id` in the active language, else `source` (English). */
export function msg(source: string | StrResult, { id }: { id: string }): string {
  const message = templates?.[id] ?? source;
  if (typeof message === 'string') return message;
  const { values } = source as StrResult;
  // A translation's `${0}`, `${1}` are positions in the source's values: it may put them in another order.
  return message.strings.reduce((text, part, i) => text + String(values[message === source ? i - 1 : (message.values[i - 1] as number)]) + part);
}

/** Switch the interface language; resolves once the strings are loaded. */
export async function useInterfaceLocale(wanted: string): Promise<void> {
  const target = interfaceLocaleFor(wanted);
  if (target === locale) return;
  const request = ++requests;
  const loaded = target === sourceLocale ? undefined : ((await loadLocale(target)).templates as Templates);
  if (request !== requests) return;
  templates = loaded;
  locale = target;
  dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: target } }));
}
