/**
 * The quick exit's standalone build (`dist/kyr-quick-exit.js`, see
 * scripts/rollup-quick-exit.js) resolves `@lit/localize` to this module: the
 * `msg` and `str` the quick exit needs, in a few hundred bytes. Every
 * quick-exit message has an explicit id, so nothing here hashes message text
 * at run time (most of @lit/localize's own runtime), and there are no lit
 * templates to localize. Messages are read from the same per-element store
 * as the full bundle's (messages.ts).
 */
import { speakingMessages } from './messages.js';

/** A `str` template: its literal parts and the values between them. */
export interface StrResult {
  strings: TemplateStringsArray;
  values: unknown[];
}

export function str(strings: TemplateStringsArray, ...values: unknown[]): StrResult {
  return { strings, values };
}

/** The message `id` in the speaking element's language, else `source` (English). */
export function msg(source: string | StrResult, { id }: { id: string }): string {
  const message = (speakingMessages() as Record<string, string | StrResult> | undefined)?.[id] ?? source;
  if (typeof message === 'string') return message;
  const { values } = source as StrResult;
  // A translation's `${0}`, `${1}` are positions in the source's values: it may put them in another order.
  return message.strings.reduce((text, part, i) => text + String(values[message === source ? i - 1 : (message.values[i - 1] as number)]) + part);
}
