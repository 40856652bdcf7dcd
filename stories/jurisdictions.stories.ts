/**
 * One rights card per record in the catalog: the list JURISDICTIONS in
 * support/story-data.ts, one line each below (CSF needs a named export per story,
 * written out so the sidebar can read the names). The export name gives the story
 * id `jurisdictions-rights-card--<id>`; scripts/story-smoke.js fails when the built
 * catalog has a place without its story, and the check below when a line is not in
 * the list.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { rightsCard, rightsCardArgTypes, type RightsCardArgs } from './support/elements.js';
import { DATA_SRC, JURISDICTIONS } from './support/story-data.js';

const meta = {
  title: 'Jurisdictions/Rights card',
  component: 'kyr-rights-card',
  args: { 'data-src': DATA_SRC, variant: 'full' },
  argTypes: rightsCardArgTypes,
  render: (args) => {
    if (!JURISDICTIONS.includes(args.jurisdiction as (typeof JURISDICTIONS)[number])) {
      throw new Error(`${args.jurisdiction} is not in JURISDICTIONS (stories/support/story-data.ts)`);
    }
    return rightsCard(args);
  },
  parameters: {
    docs: {
      description: {
        component: 'Every published record, read from the built data (`dist/data/`) exactly as an embedding page would. Switch `variant` or `locale` in the controls.',
      },
    },
  },
} satisfies Meta<RightsCardArgs>;
export default meta;

type Story = StoryObj<RightsCardArgs>;

export const Ke: Story = { name: 'Kenya (ke)', args: { jurisdiction: 'ke' } };
export const Cm: Story = { name: 'Cameroon (cm)', args: { jurisdiction: 'cm' } };
export const Za: Story = { name: 'South Africa (za)', args: { jurisdiction: 'za' } };
export const Ug: Story = { name: 'Uganda (ug)', args: { jurisdiction: 'ug' } };
export const Th: Story = { name: 'Thailand (th)', args: { jurisdiction: 'th' } };
export const In: Story = { name: 'India (in)', args: { jurisdiction: 'in' } };
export const My: Story = { name: 'Malaysia (my)', args: { jurisdiction: 'my' } };
export const Mm: Story = { name: 'Myanmar (mm)', args: { jurisdiction: 'mm' } };
export const Kg: Story = { name: 'Kyrgyzstan (kg)', args: { jurisdiction: 'kg' } };
export const Mk: Story = { name: 'North Macedonia (mk)', args: { jurisdiction: 'mk' } };
export const Se: Story = { name: 'Sweden (se)', args: { jurisdiction: 'se' } };
export const Ru: Story = { name: 'Russia (ru)', args: { jurisdiction: 'ru' } };
export const Ec: Story = { name: 'Ecuador (ec)', args: { jurisdiction: 'ec' } };
export const Mx: Story = { name: 'Mexico (mx)', args: { jurisdiction: 'mx' } };
export const Pe: Story = { name: 'Peru (pe)', args: { jurisdiction: 'pe' } };
export const Gy: Story = { name: 'Guyana (gy)', args: { jurisdiction: 'gy' } };
export const Jm: Story = { name: 'Jamaica (jm)', args: { jurisdiction: 'jm' } };
export const UsLa: Story = { name: 'Louisiana (United States) (us-la)', args: { jurisdiction: 'us-la' } };
export const Ca: Story = { name: 'Canada (ca)', args: { jurisdiction: 'ca' } };
export const Global: Story = { name: 'Global baseline (global)', args: { jurisdiction: 'global' } };
