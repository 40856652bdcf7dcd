/**
 * The part of @lit/localize's runtime mode that the quick exit's standalone
 * build needs, in a few hundred bytes: that build (`dist/kyr-quick-exit.js`,
 * see scripts/rollup-quick-exit.js) resolves `@lit/localize` to this module.
 * Every quick-exit message has an explicit id, so nothing here hashes message
 * text at run time (most of @lit/localize's own runtime), and there are no
 * lit templates to localize. The full bundle uses the real @lit/localize.
 *
 * What is kept: `msg` by id with the `str` placeholders the generated locale
 * modules use, `str`, and the `configureLocalization` that
 * src/i18n/localization.ts calls (`getLocale`, `setLocale`, `loadLocale`),
 * with the same `lit-localize-status` event once a language is ready.
 */

/** A `str` template: its literal parts and the values between them. */
export interface StrResult {
  strings: TemplateStringsArray;
  values: unknown[];
}

/** A locale module's messages by id; in a translation, a `str` value is the position of the source's value. */
type Templates = Record<string, string | StrResult>;

interface LocalizationConfig {
  sourceLocale: string;
  targetLocales: readonly string[];
  loadLocale: (locale: string) => Promise<{ templates: Templates }>;
}

/** The active language's messages; none for the source language. */
let templates: Templates | undefined;

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

export function configureLocalization({ sourceLocale, loadLocale }: LocalizationConfig) {
  let locale = sourceLocale;
  let latest = 0;
  return {
    getLocale: (): string => locale,
    /** Loads a language and makes it active; when asked again before it is loaded, the last request wins. */
    async setLocale(wanted: string): Promise<void> {
      const request = ++latest;
      const loaded = wanted === sourceLocale ? undefined : (await loadLocale(wanted)).templates;
      if (request !== latest) return;
      templates = loaded;
      locale = wanted;
      dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: wanted } }));
    },
  };
}
