/**
 * The preview: controls from the custom elements manifest when it is built, the
 * accessibility checks, a toolbar switch to read any story in Arabic right to
 * left, and the order of the sidebar.
 */
import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { customElementsManifest } from '../stories/support/manifest.js';

// Controls and docs tables from the manifest when `npm run build` has written it.
if (customElementsManifest) setCustomElementsManifest(customElementsManifest);

const preview: Preview = {
  globalTypes: {
    reading: {
      description: 'Read the story as a host page in another script would show it',
      toolbar: {
        title: 'Reading direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Page default (left to right)' },
          { value: 'rtl-ar', title: 'Arabic, right to left (dir="rtl" lang="ar")' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { reading: 'ltr' },
  decorators: [
    (story, context) => (context.globals['reading'] === 'rtl-ar' ? html`<div dir="rtl" lang="ar">${story()}</div>` : story()),
  ],
  parameters: {
    layout: 'padded',
    controls: { sort: 'requiredFirst' },
    a11y: {
      // Shown in the Accessibility panel for every story; a test runner that runs the
      // stories (@storybook/addon-vitest) would fail on a violation.
      test: 'error',
    },
    docs: { toc: true },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Embed in five minutes', 'Theming', 'Privacy and safety', 'Maintaining content'],
          'Elements',
          ['Rights kit', 'Rights card', 'Arrest guide', 'Firewall notice', 'Help directory', 'Jurisdiction picker', 'Quick exit'],
          'Jurisdictions',
        ],
      },
    },
  },
};

export default preview;
