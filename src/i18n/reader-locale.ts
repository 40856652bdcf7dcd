/**
 * Which language the reader wants: the element's own `locale`, else the
 * nearest `lang` around it (crossing shadow roots), else the page's, else the
 * browser's, else English. Nothing is remembered between visits.
 */
export function readerLocale(element: HTMLElement, explicit?: string): string {
  if (explicit) return explicit;
  let node: Node | null = element;
  while (node) {
    if (node instanceof HTMLElement && node.lang) return node.lang;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.languages?.[0] ?? navigator.language ?? 'en';
}

/** Arabic, Persian, Hebrew, Urdu and their kin are written right to left. */
export function directionOf(locale: string): 'rtl' | 'ltr' {
  return /^(ar|fa|he|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(locale) ? 'rtl' : 'ltr';
}
