import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { directionOf, interfaceLocaleFor, readerLocale, type InterfaceLocale } from '../../i18n/locale.js';
import { inInterfaceLanguage, interfaceMessagesReady } from '../../i18n/localization.js';

/**
 * What every kyr Lit element shares: the inputs a page sets on any of them
 * (declared once, so they read the same everywhere), and an interface
 * language of its own. Each element speaks the language of its own `locale`
 * (else the nearest `lang`, else the browser's), whatever other elements on
 * the page speak, and lays itself out in that language's direction.
 */
export abstract class KyrElement extends LitElement {
  /** The place, by its id in the catalog: an ISO 3166 code like `ke` or `us-la`. Without it, data elements show the global baseline. */
  @property({ reflect: true }) jurisdiction = '';

  /**
   * The reader's language, like `sw` or `pt-BR`, for the content and the
   * element's own words, dates and numbers. Defaults to the nearest `lang`,
   * then the browser's languages.
   */
  @property() locale = '';

  /** Base URL of the data; defaults to `data/` beside the script. */
  @property({ attribute: 'data-src' }) dataSrc = '';

  /** Elements with the same `group` anywhere on the page follow the same `<kyr-jurisdiction-picker>`. */
  @property({ reflect: true }) group = '';

  /** The language the reader asked for, as asked (content negotiates from it). */
  protected get wantedLocale(): string {
    return readerLocale(this, this.locale);
  }

  /** The interface language closest to the reader's: the element's words, dates and numbers are in it. */
  get interfaceLocale(): InterfaceLocale {
    return interfaceLocaleFor(this.wantedLocale);
  }

  /** Runs `speak` (a message built outside rendering, like an announcement) in the element's language. */
  protected speak<T>(speak: () => T): T {
    return inInterfaceLanguage(this.interfaceLocale, speak);
  }

  /** `:state(drawn)` once rendered: until then the styles keep the element's room (shared.styles.ts). */
  private readonly states = this.attachInternals?.().states as Set<string> | undefined;

  /**
   * Each element's first render comes in a task of its own: drawn in the
   * script's own task, a page's elements made one long task that held up the
   * reader's first tap (the quick exit's too). Every update also waits for the
   * element's words in its language, so it never flashes another.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await new Promise((resolve) => setTimeout(resolve));
    const ready = interfaceMessagesReady(this.interfaceLocale);
    if (ready) await ready;
    super.scheduleUpdate();
  }

  /** Renders (and runs willUpdate and updated) with msg() answering in the element's language. */
  protected override performUpdate(): void {
    const locale = this.interfaceLocale;
    // Its own direction, whatever the host page says; content blocks inside set theirs by their language.
    const dir = directionOf(locale);
    if (this.dir !== dir) this.dir = dir;
    inInterfaceLanguage(locale, () => super.performUpdate());
    this.states?.add('drawn');
  }
}
