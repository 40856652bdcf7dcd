/**
 * The interface language (buttons, headings, states), through @lit/localize in
 * runtime mode. Content negotiates its own language separately (src/data/).
 *
 * @lit/localize keeps one interface language per page; every kyr element asks
 * for the reader's language and the last to ask wins, which on a real page is
 * the one the reader chose with the kit's language switcher.
 */
import { configureLocalization } from '@lit/localize';
import { loadLocale } from './load-locale.js';
import { interfaceLocaleFor } from './interface-locales.js';
import { sourceLocale, targetLocales } from './locale-codes.js';

export { interfaceLocaleFor, interfaceLocales, type InterfaceLocale } from './interface-locales.js';

let controls: ReturnType<typeof configureLocalization> | null | undefined;

function localization(): ReturnType<typeof configureLocalization> | null {
  if (controls === undefined) {
    try {
      controls = configureLocalization({ sourceLocale, targetLocales, loadLocale });
    } catch {
      // The host page (or another copy of this library) configured @lit/localize first:
      // its choice of language stands, and ours follows it.
      controls = null;
    }
  }
  return controls;
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
