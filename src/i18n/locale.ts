/**
 * Which language a reader gets, in one place: what the reader wants (the
 * element's `locale`, else the nearest `lang`, else the browser), which of the
 * interface languages is closest, and which way it is written. Every element
 * and the quick exit ask here; nothing is remembered between visits.
 */
import { closestCode } from '../data/negotiate.js';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { languageNames } from '../generated/language-names.js';

export type InterfaceLocale = typeof sourceLocale | (typeof targetLocales)[number];
export const interfaceLocales: readonly InterfaceLocale[] = [sourceLocale, ...targetLocales];

/** The language the reader asked for: `explicit`, else the nearest `lang` around `element` (crossing shadow roots), else the browser's. */
export function readerLocale(element: HTMLElement, explicit?: string | null): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  // The first of the browser's languages (navigator.languages[0], by definition).
  return navigator.language || sourceLocale;
}

/** `wanted` itself among `codes` (any case), else its base language, else undefined: the same rule content is chosen by. */
export const closestLocale = closestCode;

/** The interface language closest to what the reader wants: exact, then by script or base language, then English. */
export function interfaceLocaleFor(wanted: string): InterfaceLocale {
  const lower = wanted.toLowerCase();
  // Chinese: the interface has Simplified only; Traditional readers are better served by English than by the wrong script.
  if (lower.split('-')[0] === 'zh') return /hant|tw|hk|mo/.test(lower) ? sourceLocale : 'zh-Hans';
  return (closestLocale(interfaceLocales, wanted) as InterfaceLocale | undefined) ?? sourceLocale;
}

/** An interface language's name in itself ("Kiswahili", "العربية"), as the kit's language menu lists it. */
export function ownName(locale: InterfaceLocale): string {
  return languageNames[locale] ?? locale;
}

/** Arabic, Persian, Hebrew, Urdu and their kin are written right to left. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}
