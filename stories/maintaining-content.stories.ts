/**
 * The live preview of the "Maintaining content" page (stories/docs/maintaining-content.mdx):
 * pick a built file with the controls and see it in any element, through the `data`
 * property, exactly as it was built. After `npx kyr-content build`, reload to see a change.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PublishedRecord } from '../src/data/schema.js';
import { arrestGuide, firewallNotice, helpDirectory, rightsCard } from './support/elements.js';
import { JURISDICTIONS, JURISDICTION_NAMES, builtFile, builtFilePath } from './support/story-data.js';

interface PreviewArgs {
  jurisdiction: string;
  locale: string;
  version: string;
  file: string;
  element: 'rights card' | 'wallet card' | 'arrest guide' | 'firewall notice' | 'help directory';
}

type Loaded = { path: string; record: PublishedRecord } | { path: string; problem: string };

const views: Record<PreviewArgs['element'], (record: PublishedRecord) => TemplateResult> = {
  'rights card': (record) => rightsCard({}, record),
  'wallet card': (record) => rightsCard({ variant: 'wallet' }, record),
  'arrest guide': (record) => arrestGuide({}, record),
  'firewall notice': (record) => firewallNotice({}, record),
  'help directory': (record) => helpDirectory({}, record),
};

function header(loaded: Loaded): TemplateResult {
  if ('problem' in loaded) {
    return html`<p role="alert"><strong>Nothing to preview:</strong> ${loaded.problem}</p>`;
  }
  const { record, path } = loaded;
  const newest = record.changelog.find((entry) => entry.version === record.version);
  return html`<dl class="kyr-preview-facts" style="font-family: system-ui, sans-serif; display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin-block-end: 1rem">
    <dt>File</dt>
    <dd style="margin: 0"><code>dist/data/${path}</code></dd>
    <dt>Version</dt>
    <dd style="margin: 0">${record.version} (${record.status})${newest ? html`: ${newest.summary}` : nothing}</dd>
    <dt>Review</dt>
    <dd style="margin: 0">last ${record.lastReviewed}, next due ${record.nextReviewDue}, law as of ${record.lawAsOf}</dd>
    <dt>Languages</dt>
    <dd style="margin: 0">${record.locales.map((l) => `${l.code} (${l.translation})`).join(', ')}</dd>
  </dl>`;
}

const meta = {
  title: 'Docs/Maintaining content',
  args: { jurisdiction: 'ke', locale: '', version: '', file: '', element: 'rights card' },
  argTypes: {
    jurisdiction: {
      description: 'The record (`content/jurisdictions/<id>.yaml`).',
      control: { type: 'select', labels: Object.fromEntries(JURISDICTIONS.map((id) => [id, `${id} (${JURISDICTION_NAMES[id]})`])) },
      options: [...JURISDICTIONS],
    },
    locale: { description: 'A language of the record; empty for its source language.', control: 'text' },
    version: { description: 'A published version; empty for the newest.', control: 'text' },
    file: { description: 'Or a path inside `dist/data/`, like `ke/1.0.0/sw.json`; wins over the three above.', control: 'text' },
    element: {
      description: 'How to show it.',
      control: { type: 'select' },
      options: ['rights card', 'wallet card', 'arrest guide', 'firewall notice', 'help directory'],
    },
  },
  loaders: [
    async ({ args }): Promise<{ preview: Loaded }> => {
      let path = args.file?.trim() ?? '';
      try {
        path ||= await builtFilePath(args.jurisdiction, args.locale?.trim(), args.version?.trim());
        return { preview: { path, record: await builtFile(path) } };
      } catch (error) {
        return { preview: { path, problem: error instanceof Error ? error.message : String(error) } };
      }
    },
  ],
  render: (args, { loaded }) => {
    const preview = loaded['preview'] as Loaded;
    return html`${header(preview)}${'record' in preview ? views[args.element](preview.record) : nothing}`;
  },
} satisfies Meta<PreviewArgs>;
export default meta;

type Story = StoryObj<PreviewArgs>;

export const PreviewAContentFile: Story = { name: 'Preview a content file' };

export const PreviewATranslation: Story = {
  name: 'Preview a translation (Swahili, Kenya)',
  args: { jurisdiction: 'ke', locale: 'sw' },
};

export const PreviewFirewallEntries: Story = {
  name: 'Preview firewall entries (Sweden)',
  args: { jurisdiction: 'se', element: 'firewall notice' },
};
