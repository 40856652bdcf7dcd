/**
 * The interface language (buttons, headings, states), through @lit/localize in
 * runtime mode. Content negotiates its own language separately (src/data/).
 *
 * @lit/localize keeps one interface language per page; every kyr element asks
 * for the reader's language and the last to ask wins, which on a real page is
 * the one the reader chose with the kit's language switcher.
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

export type InterfaceLocale = typeof sourceLocale | (typeof targetLocales)[number];
type TargetLocale = (typeof targetLocales)[number];
type LocaleModule = Parameters<Parameters<typeof configureLocalization>[0]['loadLocale']> extends never
  ? never
  : Awaited<ReturnType<Parameters<typeof configureLocalization>[0]['loadLocale']>>;

/** A static map: a template-literal import() does not resolve in every dev server or bundler. */
const loaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  ar: () => import('./locales/ar.js'),
  es: () => import('./locales/es.js'),
  fa: () => import('./locales/fa.js'),
  fr: () => import('./locales/fr.js'),
  pt: () => import('./locales/pt.js'),
  ro: () => import('./locales/ro.js'),
  ru: () => import('./locales/ru.js'),
  sw: () => import('./locales/sw.js'),
  th: () => import('./locales/th.js'),
  uk: () => import('./locales/uk.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
};

export const interfaceLocales: readonly InterfaceLocale[] = [sourceLocale, ...targetLocales];

let controls: ReturnType<typeof configureLocalization> | null | undefined;

function localization(): ReturnType<typeof configureLocalization> | null {
  if (controls === undefined) {
    try {
      controls = configureLocalization({ sourceLocale, targetLocales, loadLocale: (locale) => loaders[locale as TargetLocale]() });
    } catch {
      // The host page (or another copy of this library) configured @lit/localize first:
      // its choice of language stands, and ours follows it.
      controls = null;
    }
  }
  return controls;
}

/** The interface language closest to what the reader wants: exact, then by script or base language, then English. */
export function interfaceLocaleFor(wanted: string): InterfaceLocale {
  const lower = wanted.toLowerCase();
  const exact = interfaceLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [language] = lower.split('-');
  if (language === 'zh') return /hant|tw|hk|mo/.test(lower) ? sourceLocale : 'zh-Hans';
  return interfaceLocales.find((l) => l.toLowerCase() === language) ?? sourceLocale;
}

/** Switch the page's interface language; resolves once the strings are loaded. */
export async function useInterfaceLocale(wanted: string): Promise<void> {
  const controls = localization();
  const target = interfaceLocaleFor(wanted);
  if (controls && controls.getLocale() !== target) await controls.setLocale(target);
}

/** The interface language in use now. */
export function currentInterfaceLocale(): string {
  return localization()?.getLocale() ?? sourceLocale;
}
