/**
 * One template per element, from args named like the element's attributes (so the
 * controls, the "Show code" snippet and an embedder's HTML all read the same), and
 * the argTypes that give those attributes useful controls.
 *
 * The descriptions, types and defaults in the docs tables come from the custom
 * elements manifest (support/manifest.ts); these argTypes only add the kind of
 * control (a list of places, of languages, of variants…). Properties that mirror an
 * attribute (`dataSrc` for `data-src`) keep their table row but lose their control,
 * so each setting has one control.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';
import type { PublishedRecord } from '../../src/data/schema.js';
import { hasManifest } from './manifest.js';
import { JURISDICTIONS, JURISDICTION_NAMES, LOCALES } from './story-data.js';

import '../../src/define/rights-kit.js';
import '../../src/define/rights-card.js';
import '../../src/define/arrest-guide.js';
import '../../src/define/firewall-notice.js';
import '../../src/define/help-directory.js';
import '../../src/define/jurisdiction-picker.js';
import '../../src/define/quick-exit.js';

/** The attributes every data element shares (src/elements/shared/data-element.ts). */
export interface DataArgs {
  jurisdiction?: string;
  locale?: string;
  version?: string;
  'data-src'?: string;
  'heading-level'?: number;
  group?: string;
}

export interface RightsCardArgs extends DataArgs {
  variant?: 'full' | 'compact' | 'wallet';
}
export interface ArrestGuideArgs extends DataArgs {
  'open-stage'?: '' | 'stopped' | 'arrested' | 'detained' | 'afterRelease';
  'help-href'?: string;
}
export interface FirewallNoticeArgs extends DataArgs {
  service?: string;
}
export type HelpDirectoryArgs = DataArgs;
export interface JurisdictionPickerArgs {
  jurisdiction?: string;
  locale?: string;
  'data-src'?: string;
  group?: string;
}
export interface RightsKitArgs {
  jurisdiction?: string;
  locale?: string;
  version?: string;
  'data-src'?: string;
  'exit-href'?: string;
  layout?: 'tabs' | 'sections';
  tab?: 'rights' | 'arrest' | 'services' | 'help';
  'heading-level'?: number;
}
export interface QuickExitArgs {
  href?: string;
  escape?: boolean;
  'new-tab'?: boolean;
  'clear-site-data'?: boolean;
  'shift-window'?: number;
  hint?: string;
}

/** An attribute that is left out when empty, as a hand-written tag would. */
const optional = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : value);

export function rightsCard(args: RightsCardArgs, data?: PublishedRecord): TemplateResult {
  return html`<kyr-rights-card
    jurisdiction=${optional(args.jurisdiction)}
    locale=${optional(args.locale)}
    version=${optional(args.version)}
    data-src=${optional(args['data-src'])}
    variant=${optional(args.variant)}
    heading-level=${optional(args['heading-level'])}
    group=${optional(args.group)}
    .data=${data}
  ></kyr-rights-card>`;
}

export function arrestGuide(args: ArrestGuideArgs, data?: PublishedRecord): TemplateResult {
  return html`<kyr-arrest-guide
    jurisdiction=${optional(args.jurisdiction)}
    locale=${optional(args.locale)}
    version=${optional(args.version)}
    data-src=${optional(args['data-src'])}
    open-stage=${optional(args['open-stage'])}
    help-href=${optional(args['help-href'])}
    heading-level=${optional(args['heading-level'])}
    group=${optional(args.group)}
    .data=${data}
  ></kyr-arrest-guide>`;
}

export function firewallNotice(args: FirewallNoticeArgs, data?: PublishedRecord): TemplateResult {
  return html`<kyr-firewall-notice
    jurisdiction=${optional(args.jurisdiction)}
    locale=${optional(args.locale)}
    version=${optional(args.version)}
    data-src=${optional(args['data-src'])}
    service=${optional(args.service)}
    heading-level=${optional(args['heading-level'])}
    group=${optional(args.group)}
    .data=${data}
  ></kyr-firewall-notice>`;
}

export function helpDirectory(args: HelpDirectoryArgs, data?: PublishedRecord): TemplateResult {
  return html`<kyr-help-directory
    jurisdiction=${optional(args.jurisdiction)}
    locale=${optional(args.locale)}
    version=${optional(args.version)}
    data-src=${optional(args['data-src'])}
    heading-level=${optional(args['heading-level'])}
    group=${optional(args.group)}
    .data=${data}
  ></kyr-help-directory>`;
}

export function jurisdictionPicker(args: JurisdictionPickerArgs): TemplateResult {
  return html`<kyr-jurisdiction-picker
    jurisdiction=${optional(args.jurisdiction)}
    locale=${optional(args.locale)}
    data-src=${optional(args['data-src'])}
    group=${optional(args.group)}
  ></kyr-jurisdiction-picker>`;
}

export function rightsKit(args: RightsKitArgs): TemplateResult {
  return html`<kyr-rights-kit
    jurisdiction=${optional(args.jurisdiction)}
    locale=${optional(args.locale)}
    version=${optional(args.version)}
    data-src=${optional(args['data-src'])}
    exit-href=${optional(args['exit-href'])}
    layout=${optional(args.layout)}
    tab=${optional(args.tab)}
    heading-level=${optional(args['heading-level'])}
  ></kyr-rights-kit>`;
}

export function quickExit(args: QuickExitArgs, content: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<kyr-quick-exit
    href=${optional(args.href)}
    ?escape=${args.escape}
    ?new-tab=${args['new-tab']}
    ?clear-site-data=${args['clear-site-data']}
    shift-window=${optional(args['shift-window'])}
    hint=${optional(args.hint)}
    >${content}</kyr-quick-exit
  >`;
}

const attribute = { table: { category: 'attributes' } };

/** Rows the manifest lists as properties that mirror an attribute: shown, without a second control. */
function mirroredProperties(...names: string[]): ArgTypes {
  if (!hasManifest) return {};
  return Object.fromEntries(names.map((name) => [name, { control: false }]));
}

const jurisdictionControl = {
  ...attribute,
  control: {
    type: 'select' as const,
    labels: {
      '': '(none: the global baseline)',
      zz: 'zz (not in the catalog: the baseline stands in)',
      ...Object.fromEntries(JURISDICTIONS.map((id) => [id, `${id} (${JURISDICTION_NAMES[id]})`])),
    },
  },
  options: ['', ...JURISDICTIONS, 'zz'],
};

const localeControl = {
  ...attribute,
  control: { type: 'select' as const, labels: { '': '(none: the page’s lang, then the browser’s)' } },
  options: LOCALES,
};

const headingLevelControl = { ...attribute, control: { type: 'select' as const }, options: [2, 3, 4, 5, 6] };

export const dataArgTypes: ArgTypes = {
  jurisdiction: jurisdictionControl,
  locale: localeControl,
  version: { ...attribute, control: 'text' },
  'data-src': { ...attribute, control: 'text' },
  'heading-level': headingLevelControl,
  group: { ...attribute, control: 'text' },
  ...mirroredProperties('dataSrc', 'headingLevel', 'data'),
};

export const rightsCardArgTypes: ArgTypes = {
  ...dataArgTypes,
  variant: { ...attribute, control: { type: 'inline-radio' }, options: ['full', 'compact', 'wallet'] },
};

export const arrestGuideArgTypes: ArgTypes = {
  ...dataArgTypes,
  'open-stage': {
    ...attribute,
    control: { type: 'select', labels: { '': '(none: the first stage is open)' } },
    options: ['', 'stopped', 'arrested', 'detained', 'afterRelease'],
  },
  'help-href': { ...attribute, control: 'text' },
  ...mirroredProperties('openStage', 'helpHref'),
};

export const firewallNoticeArgTypes: ArgTypes = {
  ...dataArgTypes,
  service: {
    ...attribute,
    control: { type: 'select', labels: { '': '(none: every service)' } },
    options: ['', 'health', 'police', 'labour', 'education', 'housing', 'social'],
  },
};

export const helpDirectoryArgTypes: ArgTypes = dataArgTypes;

export const jurisdictionPickerArgTypes: ArgTypes = {
  jurisdiction: jurisdictionControl,
  locale: localeControl,
  'data-src': { ...attribute, control: 'text' },
  group: { ...attribute, control: 'text' },
  ...mirroredProperties('dataSrc'),
};

export const rightsKitArgTypes: ArgTypes = {
  jurisdiction: jurisdictionControl,
  locale: localeControl,
  version: { ...attribute, control: 'text' },
  'data-src': { ...attribute, control: 'text' },
  'exit-href': { ...attribute, control: 'text' },
  layout: { ...attribute, control: { type: 'inline-radio' }, options: ['tabs', 'sections'] },
  tab: { ...attribute, control: { type: 'select' }, options: ['rights', 'arrest', 'services', 'help'] },
  'heading-level': headingLevelControl,
  ...mirroredProperties('dataSrc', 'exitHref', 'headingLevel'),
};

export const quickExitArgTypes: ArgTypes = {
  href: { ...attribute, control: 'text' },
  escape: { ...attribute, control: 'boolean' },
  'new-tab': { ...attribute, control: 'boolean' },
  'clear-site-data': { ...attribute, control: 'boolean' },
  'shift-window': { ...attribute, control: { type: 'number', min: 300, max: 5000, step: 100 } },
  hint: { ...attribute, control: 'text' },
  ...mirroredProperties('newTab', 'clearSiteData', 'shiftWindow', 'destination'),
};
