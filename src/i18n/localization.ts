/**
 * The interface language (buttons, headings, states), for each element on its
 * own. Content negotiates its own language separately (src/data/).
 *
 * Why not @lit/localize's runtime mode as it stands: it keeps one active
 * language per page, so a card with `locale="es"` turned every other kyr
 * element on the page Spanish, and the kit's language menu changed the
 * widgets around it too. This layer keeps everything else of @lit/localize
 * (the `msg()`/`str` call sites and their ids, the generated locale modules,
 * the XLIFF workflow of `npm run i18n:extract` and `i18n:build`) and changes
 * only where `msg()` looks: into the messages of the element rendering now
 * (messages.ts). Lit renders synchronously, so "now" is well defined; see
 * KyrElement for how an element speaks.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { MsgFn } from '@lit/localize/internal/types.js';
import type { InterfaceLocale } from './locale.js';
import { interfaceMessagesReady as messagesReady, speakingMessages } from './messages.js';

export { inInterfaceLanguage } from './messages.js';

let installed = false;

/** Undefined when `locale`'s messages are at hand, else a promise that settles once they are. */
export function interfaceMessagesReady(locale: InterfaceLocale): Promise<void> | undefined {
  if (!installed) {
    installed = true;
    try {
      _installMsgImplementation(((template, options) => runtimeMsg(speakingMessages(), template, options)) as MsgFn);
    } catch {
      // The host page configured @lit/localize first (the same copy): its one language stands for every element.
    }
  }
  return messagesReady(locale);
}
