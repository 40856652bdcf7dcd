/**
 * The live examples of the Theming page (stories/docs/theming.mdx): the --kyr-*
 * custom properties as controls, a dark palette, and ::part rules.
 */
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { firewallNotice, quickExit, rightsCard } from './support/elements.js';
import { DATA_SRC } from './support/story-data.js';

/** The tokens most sites set; every element reads them, each with a fallback. */
interface ThemeArgs {
  '--kyr-color-text': string;
  '--kyr-color-background': string;
  '--kyr-color-border': string;
  '--kyr-color-link': string;
  '--kyr-color-muted': string;
  '--kyr-color-focus': string;
  '--kyr-font-family': string;
  '--kyr-font-size': string;
  '--kyr-radius': string;
  '--kyr-space': string;
  '--kyr-max-width': string;
  /** A dark page also recolours the answers, warnings and notices (see the Dark story). */
  [status: `--kyr-color-${string}`]: string;
}

const token = (description: string) => ({ description, control: 'color' as const, table: { category: 'css custom properties' } });

const meta = {
  title: 'Docs/Theming',
  args: {
    '--kyr-color-text': '#14213d',
    '--kyr-color-background': '#fdfcf7',
    '--kyr-color-border': '#5b2a86',
    '--kyr-color-link': '#5b2a86',
    '--kyr-color-muted': '#4a4a4a',
    '--kyr-color-focus': '#5b2a86',
    '--kyr-font-family': 'Georgia, serif',
    '--kyr-font-size': '1rem',
    '--kyr-radius': '1rem',
    '--kyr-space': '1.5rem',
    '--kyr-max-width': '40rem',
  },
  argTypes: {
    '--kyr-color-text': token('Text colour.'),
    '--kyr-color-background': token('Background colour.'),
    '--kyr-color-border': token('Border colour.'),
    '--kyr-color-link': token('Link colour.'),
    '--kyr-color-muted': token('Dates, sources and other small print.'),
    '--kyr-color-focus': token('Focus outline.'),
    '--kyr-font-family': { ...token('Font family: a font your page already loads (the widgets load none).'), control: 'text' },
    '--kyr-font-size': { ...token('Base font size.'), control: 'text' },
    '--kyr-radius': { ...token('Corner radius.'), control: 'text' },
    '--kyr-space': { ...token('Inner spacing.'), control: 'text' },
    '--kyr-max-width': { ...token('Widest an element grows.'), control: 'text' },
  },
  render: (args) => html`<div class="themed" style=${styleMap({ ...args, background: 'var(--kyr-color-background)', padding: '1rem' })}>
    ${rightsCard({ jurisdiction: 'mx', 'data-src': DATA_SRC, variant: 'compact' })}
    <div style="margin-block-start: 1rem">${firewallNotice({ jurisdiction: 'mx', 'data-src': DATA_SRC, service: 'health' })}</div>
  </div>`,
} satisfies Meta<ThemeArgs>;
export default meta;

type Story = StoryObj<ThemeArgs>;

export const BrandColours: Story = { name: 'Brand colours and shape' };

export const Dark: Story = {
  name: 'A dark page',
  args: {
    '--kyr-color-text': '#f2f2f2',
    '--kyr-color-background': '#1c1e21',
    '--kyr-color-border': '#8a9099',
    '--kyr-color-link': '#a8ccff',
    '--kyr-color-muted': '#c9cdd2',
    '--kyr-color-focus': '#ffd166',
    '--kyr-font-family': 'system-ui, sans-serif',
    '--kyr-radius': '0.5rem',
    // The status colours are dark by default (for light pages): a dark page lightens them.
    '--kyr-color-shares': '#ff9e94',
    '--kyr-color-does-not-share': '#8fdf9f',
    '--kyr-color-unknown': '#ffd166',
    '--kyr-color-warning-border': '#ff9e94',
    '--kyr-color-warning-background': '#3b1a17',
    '--kyr-color-stage-background': '#2a2d31',
    '--kyr-color-notice-background': '#3a3000',
    '--kyr-color-notice-border': '#ffd166',
    '--kyr-color-notice-text': '#f2f2f2',
    '--kyr-color-error-background': '#3b1a17',
    '--kyr-color-error-border': '#ff9e94',
    '--kyr-color-active': '#a8ccff',
    '--kyr-color-active-text': '#1c1e21',
  },
};

export const Parts: Story = {
  name: '::part rules',
  render: () => html`<style>
      .parts-example kyr-rights-card::part(card) {
        border-width: 0;
        border-inline-start: 0.5rem solid #0b6e4f;
        box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 0.15);
      }
      .parts-example kyr-rights-card::part(title) {
        color: #0b6e4f;
        letter-spacing: 0.02em;
      }
      .parts-example kyr-rights-card::part(footer) {
        border-block-start: 1px dashed #0b6e4f;
        padding-block-start: 0.5rem;
      }
      .parts-example kyr-quick-exit::part(link) {
        border-radius: 999px;
      }
    </style>
    <div class="parts-example">
      ${quickExit({ hint: '' })}
      <div style="margin-block-start: 1rem">${rightsCard({ jurisdiction: 'se', 'data-src': DATA_SRC, variant: 'compact' })}</div>
    </div>`,
  parameters: { controls: { disable: true } },
};
