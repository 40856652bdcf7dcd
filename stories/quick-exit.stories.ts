import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { quickExit, quickExitArgTypes, type QuickExitArgs } from './support/elements.js';
import { rightToLeftArabic } from './support/story-data.js';

const meta = {
  title: 'Elements/Quick exit',
  component: 'kyr-quick-exit',
  tags: ['autodocs'],
  args: {},
  argTypes: quickExitArgTypes,
  render: (args) => quickExit(args),
  decorators: [withActions],
  parameters: {
    actions: { handles: ['kyr-quick-exit'] },
    docs: {
      description: {
        component:
          'These stories are real: a tap on the link, Shift pressed three times inside the story (or Escape twice, with `escape`), hides the page and leaves Storybook for the destination, as it would leave your site. Use the browser’s Back button to return.',
      },
    },
  },
} satisfies Meta<QuickExitArgs>;
export default meta;

type Story = StoryObj<QuickExitArgs>;

export const Default: Story = { name: 'Its own link' };

export const WithHint: Story = {
  name: 'With a hint',
  args: { hint: 'Leaving does not clear your browsing history. See our safety page.' },
};

export const WithDefaultHint: Story = {
  name: 'With the default hint (empty hint attribute)',
  render: (args) => html`<kyr-quick-exit hint="" ?escape=${args.escape}></kyr-quick-exit>`,
};

export const YourOwnLinkAndHint: Story = {
  name: 'Your own link and a hint with a link',
  render: (args) => quickExit(
    args,
    html`<a href="https://www.bbc.com/weather" rel="noreferrer">Leave this page</a>
      <span slot="hint">Leaving does not clear your history. <a href="https://example.org/safety">How to browse more safely</a>.</span>`,
  ),
  parameters: {
    docs: {
      description: {
        story: 'Your own `<a>` works before the script loads and without JavaScript; the element enhances it. The `hint` slot can hold a link to your safety page.',
      },
    },
  },
};

export const EscapeTwice: Story = {
  name: 'Escape twice also leaves',
  args: { escape: true, hint: 'Shortcut: press Shift 3 times, or Escape twice.' },
};

export const OwnDestination: Story = {
  name: 'A destination you choose',
  args: { href: 'https://www.bbc.com/weather', 'shift-window': 1500 },
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  args: { hint: '' },
  render: (args) => html`<kyr-quick-exit hint=${args.hint ?? ''}></kyr-quick-exit>`,
  decorators: [rightToLeftArabic],
  tags: ['!autodocs'],
};
