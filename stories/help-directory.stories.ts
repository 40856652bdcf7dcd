import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { helpDirectory, helpDirectoryArgTypes, type HelpDirectoryArgs } from './support/elements.js';
import { stateStories } from './support/states.js';
import { DATA_SRC, rightToLeftArabic } from './support/story-data.js';

const meta = {
  title: 'Elements/Help directory',
  component: 'kyr-help-directory',
  tags: ['autodocs'],
  args: { jurisdiction: 'kg', 'data-src': DATA_SRC },
  argTypes: helpDirectoryArgTypes,
  render: (args) => helpDirectory(args),
} satisfies Meta<HelpDirectoryArgs>;
export default meta;

type Story = StoryObj<HelpDirectoryArgs>;
const states = stateStories(helpDirectory);

export const Default: Story = { name: 'Kyrgyzstan (two contacts, filters)' };

export const Mexico: Story = { name: 'Mexico', args: { jurisdiction: 'mx' } };

export const NoLocalContacts: Story = {
  name: 'A place with no contacts (international ones shown)',
  args: { jurisdiction: 'ec' },
  parameters: {
    docs: { description: { story: 'Ecuador has no contacts yet: the directory says so and shows the international contacts from the global baseline.' } },
  },
};

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
