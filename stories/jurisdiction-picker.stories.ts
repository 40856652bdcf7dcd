import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { jurisdictionPicker, jurisdictionPickerArgTypes, rightsCard, type JurisdictionPickerArgs } from './support/elements.js';
import { DATA_SRC, MISSING_DATA_SRC, STALLED_DATA_SRC, rightToLeftArabic, withStalledData } from './support/story-data.js';

const meta = {
  title: 'Elements/Jurisdiction picker',
  component: 'kyr-jurisdiction-picker',
  tags: ['autodocs'],
  args: { 'data-src': DATA_SRC },
  argTypes: jurisdictionPickerArgTypes,
  render: (args) => jurisdictionPicker(args),
  decorators: [withActions],
  parameters: { actions: { handles: ['kyr-jurisdiction-change'] } },
} satisfies Meta<JurisdictionPickerArgs>;
export default meta;

type Story = StoryObj<JurisdictionPickerArgs>;

export const Default: Story = { name: 'Nothing chosen yet' };

export const Chosen: Story = { name: 'Kenya chosen', args: { jurisdiction: 'ke' } };

export const InFrench: Story = { name: 'Place names in French', args: { jurisdiction: 'cm', locale: 'fr' } };

export const SteersACard: Story = {
  name: 'Steers a rights card in the same group',
  args: { jurisdiction: 'ke', group: 'story-group' },
  render: (args) => html`${jurisdictionPicker(args)}
    <div style="margin-block-start: 1rem">${rightsCard({ jurisdiction: args.jurisdiction, group: args.group, 'data-src': args['data-src'], variant: 'compact' })}</div>`,
  parameters: {
    docs: {
      description: {
        story: 'A card with the same `group` follows the picker anywhere on the page: choose another place and the card changes.',
      },
    },
  },
};

export const Loading: Story = {
  name: 'State: loading',
  args: { 'data-src': STALLED_DATA_SRC },
  decorators: [withStalledData],
};

export const ErrorUnreachable: Story = { name: 'State: error, data location down', args: { 'data-src': MISSING_DATA_SRC } };

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { jurisdiction: 'global' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
};
