/** The custom elements manifest, from the elements' JSDoc: the one place the API is written. */
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
  ],
};
