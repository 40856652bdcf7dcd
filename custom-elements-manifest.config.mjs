/** The custom elements manifest, from the elements' JSDoc: the one place the API is written. */
import { existsSync } from 'node:fs';

/** `src/x/y.ts` → `dist/lib/x/y.js`: where tsc writes it, and what the package ships. */
const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/lib/$1.js');

/** Every `path` and `module` in the manifest, rewritten in place. */
function shipPaths(node) {
  if (Array.isArray(node)) node.forEach(shipPaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else shipPaths(value);
    }
  }
}

export default {
  globs: ['src/elements/**/*.component.ts', 'src/elements/shared/data-element.ts', 'src/elements/shared/kyr-element.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // The shared base classes are analysed for what the elements inherit, but is not a tag itself.
      name: 'kyr-base-is-not-an-element',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
          }
        }
      },
    },
    {
      // Module paths name the JavaScript the package ships, and each tag's defining
      // module (the npm entry `kyr-widgets/<name>.js`, and the one-file bundle)
      // says which tag it defines, so editors and docs tools resolve them.
      name: 'kyr-shipped-modules',
      packageLinkPhase({ customElementsManifest }) {
        shipPaths(customElementsManifest.modules);
        const definitions = customElementsManifest.modules.flatMap((module) =>
          (module.declarations ?? [])
            .filter((declaration) => declaration.customElement && declaration.tagName)
            .map((declaration) => ({ kind: 'custom-element-definition', name: declaration.tagName, declaration: { name: declaration.name, module: module.path } })),
        );
        for (const definition of definitions) {
          const source = `src/define/${definition.name.replace(/^kyr-/, '')}.ts`;
          if (!existsSync(source)) throw new Error(`${definition.name} has no defining module ${source}`);
          customElementsManifest.modules.push({
            kind: 'javascript-module',
            path: shipped(source),
            declarations: [],
            exports: [{ kind: 'js', name: definition.declaration.name, declaration: definition.declaration }, definition],
          });
        }
        customElementsManifest.modules.push({ kind: 'javascript-module', path: 'dist/kyr-widgets.js', declarations: [], exports: definitions });
      },
    },
  ],
};
