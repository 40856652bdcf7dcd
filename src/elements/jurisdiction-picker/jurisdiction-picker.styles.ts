import { css } from 'lit';

export const jurisdictionPickerStyles = css`
  :host {
    max-inline-size: var(--kyr-max-width, 28rem);
  }
  /* The label, the hint and the field: the room the picker takes once ready. */
  :host(:not(:state(drawn))),
  [part='loading'] {
    min-block-size: var(--kyr-loading-block-size, 5.75rem);
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    color: var(--kyr-color-muted, #4a4a4a);
    font-size: 0.875em;
    margin-block-end: 0.25em;
  }
  .field {
    display: flex;
    align-items: stretch;
    gap: 0.375em;
  }
  input {
    flex: 1 1 auto;
    /* A percentage, not the browser's 20 characters: a field then adds nothing to the narrowest the picker can be, so it fits a 320 px phone with the page's margins. */
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 44px;
    font: inherit;
    color: var(--kyr-color-text, #1b1b1b);
    background: var(--kyr-color-background, #ffffff);
    padding-inline: 0.5em;
    border: 2px solid var(--kyr-color-border, #767676);
    border-radius: var(--kyr-radius, 0.375rem);
  }
  .toggle {
    flex: 0 0 auto;
    min-inline-size: 44px;
    padding-inline: 0.5em;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    border: 2px solid var(--kyr-color-border, #767676);
  }
  .toggle[aria-expanded='true'] svg {
    transform: rotate(180deg);
  }
  [role='listbox'] {
    list-style: none;
    margin: 0;
    margin-block-start: 0.25em;
    padding: 0;
    max-block-size: 16rem;
    overflow-y: auto;
    border: 2px solid var(--kyr-color-border, #767676);
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-background, #ffffff);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    min-block-size: 44px;
    padding-block: 0.25em;
    padding-inline: 0.75em;
    cursor: pointer;
  }
  [role='option']:hover {
    text-decoration: underline;
  }
  [role='option'].active {
    background: var(--kyr-color-active, #1a4f9c);
    color: var(--kyr-color-active-text, #ffffff);
    outline: 2px solid transparent;
  }
  .current {
    font-weight: 700;
  }
  .status {
    margin-block: 0.25em 0;
  }
  .status:not(.visually-hidden) {
    color: var(--kyr-color-text, #1b1b1b);
  }
  @media (forced-colors: active) {
    [role='option'].active {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .toggle svg path {
      stroke: ButtonText;
    }
  }
`;
