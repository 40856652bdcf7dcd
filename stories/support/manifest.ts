/**
 * The custom elements manifest, when `npm run build` has written it (`cem analyze`,
 * from the elements' JSDoc). Storybook's controls and docs tables (attributes,
 * properties, events, slots, parts, custom properties) come from it, so they
 * cannot drift from the code. The glob finds nothing before the first build: the
 * stories' own argTypes (support/elements.ts) still give every attribute a control.
 */
const found = import.meta.glob<unknown>(['../../dist/custom-elements.json', '../../custom-elements.json'], {
  eager: true,
  import: 'default',
});

export const customElementsManifest: unknown = found['../../dist/custom-elements.json'] ?? found['../../custom-elements.json'];

export const hasManifest = customElementsManifest !== undefined;
