import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { arrestGuide, arrestGuideArgTypes, type ArrestGuideArgs } from './support/elements.js';
import { stateStories } from './support/states.js';
import { DATA_SRC, rightToLeftArabic } from './support/story-data.js';

const meta = {
  title: 'Elements/Arrest guide',
  component: 'kyr-arrest-guide',
  tags: ['autodocs'],
  args: { jurisdiction: 'ke', 'data-src': DATA_SRC },
  argTypes: arrestGuideArgTypes,
  render: (args) => arrestGuide(args),
  decorators: [withActions],
  parameters: { actions: { handles: ['kyr-stage-change'] } },
} satisfies Meta<ArrestGuideArgs>;
export default meta;

type Story = StoryObj<ArrestGuideArgs>;
const states = stateStories(arrestGuide);

export const Default: Story = {};

export const OpenAtArrested: Story = { name: 'Opened at "arrested"', args: { 'open-stage': 'arrested' } };

export const WithHelpLink: Story = {
  name: 'With a "Find help near you" link',
  args: { 'help-href': 'https://example.org/help' },
};

export const InRussian: Story = { name: 'Kyrgyzstan in Russian', args: { jurisdiction: 'kg', locale: 'ru' } };

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
