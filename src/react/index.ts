/**
 * React wrappers for React 18 and older, which pass every prop to a custom
 * element as a string attribute and cannot listen to custom events. React 19
 * handles custom elements natively: use the tags directly and skip this module.
 *
 *   import { RightsKit } from 'kyr-widgets/react.js';
 *   <RightsKit jurisdiction="ke" onLocaleChange={(e) => …} />
 */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { KyrRightsKit } from '../define/rights-kit.js';
import { KyrRightsCard } from '../define/rights-card.js';
import { KyrArrestGuide } from '../define/arrest-guide.js';
import { KyrFirewallNotice } from '../define/firewall-notice.js';
import { KyrHelpDirectory } from '../define/help-directory.js';
import { KyrJurisdictionPicker } from '../define/jurisdiction-picker.js';
import { KyrQuickExit } from '../define/quick-exit.js';

export const RightsKit = createComponent({
  tagName: 'kyr-rights-kit',
  elementClass: KyrRightsKit,
  react: React,
  events: { onTabChange: 'kyr-tab-change', onLocaleChange: 'kyr-locale-change', onJurisdictionChange: 'kyr-jurisdiction-change' },
});
export const RightsCard = createComponent({ tagName: 'kyr-rights-card', elementClass: KyrRightsCard, react: React });
export const ArrestGuide = createComponent({
  tagName: 'kyr-arrest-guide',
  elementClass: KyrArrestGuide,
  react: React,
  events: { onStageChange: 'kyr-stage-change' },
});
export const FirewallNotice = createComponent({ tagName: 'kyr-firewall-notice', elementClass: KyrFirewallNotice, react: React });
export const HelpDirectory = createComponent({ tagName: 'kyr-help-directory', elementClass: KyrHelpDirectory, react: React });
export const JurisdictionPicker = createComponent({
  tagName: 'kyr-jurisdiction-picker',
  elementClass: KyrJurisdictionPicker,
  react: React,
  events: { onJurisdictionChange: 'kyr-jurisdiction-change' },
});
export const QuickExit = createComponent({
  tagName: 'kyr-quick-exit',
  elementClass: KyrQuickExit,
  react: React,
  events: { onQuickExit: 'kyr-quick-exit' },
});
