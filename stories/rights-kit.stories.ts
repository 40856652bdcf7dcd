import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { rightsKit, rightsKitArgTypes, type RightsKitArgs } from './support/elements.js';
import { DATA_SRC, MISSING_DATA_SRC, STALLED_DATA_SRC, rightToLeftArabic, withStalledData } from './support/story-data.js';

const meta = {
  title: 'Elements/Rights kit',
  component: 'kyr-rights-kit',
  tags: ['autodocs'],
  args: { jurisdiction: 'ke', 'data-src': DATA_SRC, layout: 'tabs' },
  argTypes: rightsKitArgTypes,
  render: (args) => rightsKit(args),
  decorators: [withActions],
  parameters: {
    layout: 'fullscreen',
    actions: { handles: ['kyr-tab-change', 'kyr-locale-change', 'kyr-jurisdiction-change', 'kyr-stage-change'] },
    docs: {
      description: {
        component:
          'The one-tag embed: picker, language switcher, rights card, arrest guide, firewall notice, help directory and a quick exit. Note: the quick exit in the kit is real. A tap on "Leave this page", or Shift pressed three times in the story, leaves Storybook.',
      },
    },
  },
} satisfies Meta<RightsKitArgs>;
export default meta;

type Story = StoryObj<RightsKitArgs>;

export const Tabs: Story = { name: 'Tabs (default)' };

export const Sections: Story = { name: 'Sections, one after another', args: { layout: 'sections' } };

export const StartOnArrestTab: Story = { name: 'Opens on "If police stop you"', args: { tab: 'arrest', jurisdiction: 'za' } };

export const PinnedVersion: Story = { name: 'Pinned to version 1.0.0', args: { version: '1.0.0', jurisdiction: 'us-la' } };

export const InSwahili: Story = { name: 'Uganda in Swahili', args: { jurisdiction: 'ug', locale: 'sw' } };

export const NoJurisdiction: Story = { name: 'No place chosen (global baseline)', args: { jurisdiction: '' } };

export const Loading: Story = {
  name: 'State: loading',
  args: { 'data-src': STALLED_DATA_SRC },
  decorators: [withStalledData],
};

export const ErrorUnreachable: Story = {
  name: 'State: error, data location down',
  args: { 'data-src': MISSING_DATA_SRC },
  parameters: { docs: { description: { story: 'Every part says it could not load; the quick exit still works, because it needs no data.' } } },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { jurisdiction: 'global' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
  parameters: {
    docs: { description: { story: 'The kit on an Arabic page: interface and content in Arabic, tabs and arrow keys mirrored.' } },
  },
};
