/**
 * Localization for the standalone quick exit (`dist/kyr-quick-exit.js`) only.
 * That script must stay tiny, because it is the one a reader in danger waits
 * for: @lit/localize's runtime (mostly its run-time hashing of message text)
 * and lit (which every generated locale module imports for `html`) would be
 * most of it. So in that build:
 *
 * - `@lit/localize` resolves to src/i18n/standalone-localize.ts (compiled to
 *   dist/lib), which looks messages up by the explicit ids the quick exit gives
 *   them (`msg('…', { id: 'quick-exit.…' })`);
 * - each generated locale module keeps only the `quick-exit.*` messages, and
 *   drops its `import {html} from 'lit'`, so a French reader downloads a few
 *   hundred bytes of French, not the whole kit's.
 *
 * The full bundle is untouched: there the quick exit shares the real
 * @lit/localize and the whole locale modules with the other elements.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const runtime = fileURLToPath(new URL('../dist/lib/i18n/standalone-localize.js', import.meta.url));
const localeModule = /[\\/]dist[\\/]lib[\\/]i18n[\\/]locales[\\/][^\\/]+\.js$/;
const PREFIX = 'quick-exit.';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The standalone build's locale files are named by the package version, not
 * by a content hash: the quick exit's script lists all eleven, and eleven
 * hashes are random letters that gzip cannot shrink (about 100 bytes, 5% of
 * its budget). A release changes the names all the same, so a cached old file
 * is never paired with a new script.
 */
export const quickExitLocaleChunks = `locales/kyr-exit-[name]-${version}.js`;

export function quickExitLocalization() {
  return {
    name: 'quick-exit-localization',
    resolveId(source) {
      return source === '@lit/localize' ? runtime : null;
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
