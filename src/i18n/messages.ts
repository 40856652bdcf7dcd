/**
 * Each interface language's messages, loaded once, and which of them `msg()`
 * reads now: those of the element that is speaking. Shared by the full
 * localization (localization.ts, over @lit/localize's msg) and the quick
 * exit's standalone one (standalone-localization.ts).
 */
import { loadLocale } from './load-locale.js';
import { sourceLocale } from '../generated/locale-codes.js';
import type { InterfaceLocale } from './locale.js';

/** A locale module's messages by id, as lit-localize generates them. */
export type Messages = Awaited<ReturnType<typeof loadLocale>>['templates'];

/** The source language needs no messages: its text is in the code. */
const loaded = new Map<string, Messages | undefined>([[sourceLocale, undefined]]);
/**
 * Languages on their way. One that fails is kept in `loaded` with no messages
 * (English) and not asked for again on this page: the site is missing the
 * file, and asking on every render (Firefox does not remember a failed
 * import) would never settle.
 */
const loading = new Map<string, Promise<void>>();
let speaking: Messages | undefined;

/** The messages of the element speaking now; undefined for English. */
export function speakingMessages(): Messages | undefined {
  return speaking;
}

/**
 * Undefined when `locale`'s messages are at hand, else a promise that settles
 * once they are, or once loading failed (English stands in from then on).
 */
export function interfaceMessagesReady(locale: InterfaceLocale): Promise<void> | undefined {
  if (loaded.has(locale)) return undefined;
  if (!loading.has(locale)) {
    loading.set(
      locale,
      loadLocale(locale).then(
        (module) => void loaded.set(locale, module.templates),
        () => void loaded.set(locale, undefined),
      ),
    );
  }
  return loading.get(locale);
}

/** Runs `speak` with `msg()` answering in `locale` (English while that language is not loaded). */
export function inInterfaceLanguage<T>(locale: InterfaceLocale, speak: () => T): T {
  const previous = speaking;
  speaking = loaded.get(locale);
  try {
    return speak();
  } finally {
    speaking = previous;
  }
}
