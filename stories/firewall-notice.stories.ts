import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { firewallNotice, firewallNoticeArgTypes, type FirewallNoticeArgs } from './support/elements.js';
import { stateStories } from './support/states.js';
import { DATA_SRC, rightToLeftArabic } from './support/story-data.js';

const meta = {
  title: 'Elements/Firewall notice',
  component: 'kyr-firewall-notice',
  tags: ['autodocs'],
  args: { jurisdiction: 'ke', 'data-src': DATA_SRC },
  argTypes: firewallNoticeArgTypes,
  render: (args) => firewallNotice(args),
} satisfies Meta<FirewallNoticeArgs>;
export default meta;

type Story = StoryObj<FirewallNoticeArgs>;
const states = stateStories(firewallNotice);

export const AllServices: Story = { name: 'All services' };

export const OneService: Story = {
  name: 'One service (health)',
  args: { service: 'health' },
  parameters: { docs: { description: { story: 'For a clinic’s page: only the answer for health services.' } } },
};

export const OneServiceNotKnown: Story = {
  name: 'One service the record says nothing about (housing)',
  args: { service: 'housing' },
  parameters: { docs: { description: { story: 'The record has nothing on housing: "we do not know", never a blank box.' } } },
};

export const Sweden: Story = { name: 'Sweden, with social services', args: { jurisdiction: 'se' } };

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

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { jurisdiction: 'global' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
};

export const ArabicOneService: Story = {
  name: 'Arabic, right to left, one service (police)',
  args: { jurisdiction: 'global', service: 'police' },
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
};
