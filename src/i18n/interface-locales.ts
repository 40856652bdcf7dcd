/** The interface languages, and which one a reader gets: shared by the full localization and the quick exit's own. */
import { sourceLocale, targetLocales } from './locale-codes.js';

export type InterfaceLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const interfaceLocales: readonly InterfaceLocale[] = [sourceLocale, ...targetLocales];

/** The interface language closest to what the reader wants: exact, then by script or base language, then English. */
export function interfaceLocaleFor(wanted: string): InterfaceLocale {
  const lower = wanted.toLowerCase();
  const exact = interfaceLocales.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [language] = lower.split('-');
  if (language === 'zh') return /hant|tw|hk|mo/.test(lower) ? sourceLocale : 'zh-Hans';
  return interfaceLocales.find((l) => l.toLowerCase() === language) ?? sourceLocale;
}
