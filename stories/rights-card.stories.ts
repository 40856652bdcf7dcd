import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rightsCard, rightsCardArgTypes, type RightsCardArgs } from './support/elements.js';
import { stateStories } from './support/states.js';
import { DATA_SRC, rightToLeftArabic } from './support/story-data.js';

const meta = {
  title: 'Elements/Rights card',
  component: 'kyr-rights-card',
  tags: ['autodocs'],
  args: { jurisdiction: 'ke', 'data-src': DATA_SRC, variant: 'full' },
  argTypes: rightsCardArgTypes,
  render: (args) => rightsCard(args),
} satisfies Meta<RightsCardArgs>;
export default meta;

type Story = StoryObj<RightsCardArgs>;
const states = stateStories(rightsCard);

export const Full: Story = {};

export const Compact: Story = { args: { variant: 'compact' } };

export const Wallet: Story = {
  args: { variant: 'wallet' },
  parameters: {
    docs: {
      description: {
        story: 'Two credit-card sides: key rights in the reader’s language, and a statement to show an officer in the local language. Print it from the browser.',
      },
    },
  },
};

export const InSwahili: Story = { name: 'In Swahili (unreviewed translation)', args: { locale: 'sw' } };

export const GlobalBaseline: Story = { name: 'Global baseline (no jurisdiction)', args: { jurisdiction: '' } };

export const Loading: Story = { ...states.Loading, name: 'State: loading' };
export const ErrorUnreachable: Story = { ...states.ErrorUnreachable, name: 'State: error, data location down' };
export const ErrorVersionNotPublished: Story = { ...states.ErrorVersionNotPublished, name: 'State: error, pinned version not published' };
export const ErrorInvalidData: Story = { ...states.ErrorInvalidData, name: 'State: error, data fails the safety check' };
export const UnknownPlace: Story = { ...states.UnknownPlace, name: 'State: place not in the catalog (baseline)' };
export const LanguageFallback: Story = { ...states.LanguageFallback, name: 'State: language not available' };
export const Stale: Story = { ...states.Stale, name: 'State: stale (past its review date)' };
export const Draft: Story = { ...states.Draft, name: 'State: draft' };
export const Unreviewed: Story = { ...states.Unreviewed, name: 'State: unreviewed translation' };
export const Reviewed: Story = { ...states.Reviewed, name: 'State: legally reviewed' };

export const WalletStale: Story = { ...states.Stale, name: 'Wallet, stale', args: { variant: 'wallet' } };

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { jurisdiction: 'global' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
  parameters: {
    docs: { description: { story: 'Inside `<div dir="rtl" lang="ar">`: the global baseline in Arabic, laid out right to left.' } },
  },
};

export const ArabicWallet: Story = {
  name: 'Arabic, right to left, wallet',
  args: { jurisdiction: 'global', variant: 'wallet' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
};

export const ArabicReaderKenya: Story = {
  name: 'Arabic reader, Kenya (falls back to English)',
  args: { jurisdiction: 'ke' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: { story: 'An Arabic page asking for Kenya, which has no Arabic text: the English record, marked `lang="en" dir="ltr"`, with a note in Arabic.' },
    },
  },
};
