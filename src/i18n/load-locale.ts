/**
 * Fetches one interface language's messages. A static map: a template-literal
 * import() does not resolve in every dev server or bundler. The quick exit's
 * standalone build swaps this module for one that computes the file name
 * (scripts/rollup-quick-exit.js), since there eleven names would be a tenth of
 * the script.
 */
import type { configureLocalization } from '@lit/localize';
import type { targetLocales } from '../generated/locale-codes.js';

type TargetLocale = (typeof targetLocales)[number];
/** What @lit/localize expects a locale loader to resolve to (its type is not exported by name). */
type LocaleModule = Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;

const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('../generated/locales/ar.js'),
  es: () => import('../generated/locales/es.js'),
  fa: () => import('../generated/locales/fa.js'),
  fr: () => import('../generated/locales/fr.js'),
  pt: () => import('../generated/locales/pt.js'),
  ro: () => import('../generated/locales/ro.js'),
  ru: () => import('../generated/locales/ru.js'),
  sw: () => import('../generated/locales/sw.js'),
  th: () => import('../generated/locales/th.js'),
  uk: () => import('../generated/locales/uk.js'),
  'zh-Hans': () => import('../generated/locales/zh-Hans.js'),
};

export function loadLocale(locale: string): Promise<LocaleModule> {
  return loaders[locale as TargetLocale]().catch((error: unknown) => {
    // The interface stays as it is; the console names the file the site is missing.
    console.warn(`kyr: the interface language ${locale} did not load: ${String(error)}`);
    throw error;
  });
}
