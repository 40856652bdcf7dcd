/**
 * Localization for the standalone quick exit (`dist/kyr-quick-exit.js`) only.
 * That script must stay tiny, because it is the one a reader in danger waits
 * for: @lit/localize's runtime (mostly its run-time hashing of message text)
 * and lit (which every generated locale module imports for `html`) would be
 * most of it. So in that build:
 *
 * - `@lit/localize` resolves to src/i18n/standalone-localization.ts
 *   (compiled to dist/lib), which looks messages up by the explicit ids the
 *   quick exit gives them (`msg('…', { id: 'quick-exit.…' })`), and
 *   src/i18n/localization.ts to the message store under it
 *   (src/i18n/messages.ts), without @lit/localize's msg installed;
 * - each generated locale module keeps only the `quick-exit.*` messages, and
 *   drops its `import {html} from 'lit'`, so a French reader downloads a few
 *   hundred bytes of French, not the whole kit's;
 * - src/i18n/load-locale.ts (a static map of eleven imports) becomes one line
 *   that computes the file name, and the locale files are emitted by name.
 *
 * The full bundle is untouched: there the quick exit shares the real
 * @lit/localize and the whole locale modules with the other elements.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const runtime = fileURLToPath(new URL('../dist/lib/i18n/standalone-localization.js', import.meta.url));
const messageStore = fileURLToPath(new URL('../dist/lib/i18n/messages.js', import.meta.url));
const localization = /[\\/]dist[\\/]lib[\\/]i18n[\\/]localization\.js$/;
const localeLoader = /[\\/]dist[\\/]lib[\\/]i18n[\\/]load-locale\.js$/;
const localeModule = /[\\/]dist[\\/]lib[\\/]generated[\\/]locales[\\/][^\\/]+\.js$/;
const localesDir = fileURLToPath(new URL('../dist/lib/generated/locales/', import.meta.url));
const { targetLocales } = await import(new URL('../dist/lib/generated/locale-codes.js', import.meta.url).href);
const PREFIX = 'quick-exit.';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The standalone build's locale files are named by the package version, not
 * by a content hash: the quick exit's script lists all eleven, and eleven
 * hashes are random letters that gzip cannot shrink (about 100 bytes, 5% of
 * its budget). A release changes the names all the same, so a cached old file
 * is never paired with a new script.
 */
const localeFile = (locale) => `locales/kyr-exit-${locale}-${version}.js`;

export function quickExitLocalization() {
  return {
    name: 'quick-exit-localization',
    buildStart({ input }) {
      // Loaded after the script, so they take `str` from it rather than from a third file.
      const implicitlyLoadedAfterOneOf = Object.values(input);
      for (const locale of targetLocales) {
        this.emitFile({ type: 'chunk', id: `${localesDir}${locale}.js`, fileName: localeFile(locale), implicitlyLoadedAfterOneOf });
      }
    },
    async resolveId(source, importer) {
      if (source === '@lit/localize') return runtime;
      if (!source.endsWith('/localization.js')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved && localization.test(resolved.id) ? messageStore : resolved;
    },
    load(id) {
      // Resolved against the script itself, so the files are found wherever the host puts the two.
      if (localeLoader.test(id)) return `export const loadLocale = (locale) => import(new URL(\`./${localeFile('${locale}')}\`, import.meta.url).href);`;
      return null;
    },
    transform(code, id) {
      if (!localeModule.test(id)) return null;
      const declaration = this.parse(code).body.find((node) => node.type === 'ExportNamedDeclaration' && node.declaration?.declarations?.[0]?.id.name === 'templates');
      const messages = declaration?.declaration.declarations[0].init?.properties;
      if (!messages) this.error(`${id}: no \`export const templates = {…}\` (did lit-localize change its output?)`);
      const kept = messages.filter((message) => String(message.key.value ?? message.key.name).startsWith(PREFIX));
      // None kept would silently show English: the ids were renamed, or this is not a generated module.
      if (!kept.length) this.error(`${id}: no ${PREFIX}* messages`);
      const entries = kept.map((message) => code.slice(message.start, message.end)).join(',\n  ');
      return { code: `import { str } from '@lit/localize';\nexport const templates = {\n  ${entries},\n};\n`, map: null };
    },
  };
}
