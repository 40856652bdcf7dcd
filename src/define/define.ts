/**
 * Registers a tag once. A page may load two copies of the library (a plugin and
 * a theme, say): the first definition is kept, and a different version is
 * warned about instead of crashing with "already been defined".
 */
export const LIBRARY_VERSION = '0.1.0';

const versionKey = Symbol.for('kyr-widgets.versions');
type Registry = Record<string, string>;

export function define(tag: string, element: CustomElementConstructor): void {
  const versions: Registry = ((globalThis as Record<symbol, unknown>)[versionKey] ??= {}) as Registry;
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== element && versions[tag] !== LIBRARY_VERSION) {
      console.warn(`kyr-widgets ${LIBRARY_VERSION}: <${tag}> is already defined by version ${versions[tag] ?? 'unknown'}; keeping that one.`);
    }
    return;
  }
  customElements.define(tag, element);
  versions[tag] = LIBRARY_VERSION;
}
