import { css } from 'lit';

export const rightsKitStyles = css`
  :host {
    max-inline-size: var(--kyr-max-width, 48rem);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
    margin-block-end: 1rem;
  }
  .bar > * {
    flex: 1 1 14rem;
  }
  .language {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-weight: 600;
    flex: 0 1 12rem;
  }
  .language select {
    font: inherit;
    min-block-size: 44px;
    padding-inline: 0.5em;
    border: 2px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-background, #ffffff);
    color: var(--kyr-color-text, #1b1b1b);
  }
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-block-end: 2px solid var(--kyr-color-border, #8a8a8a);
    margin-block-end: 1rem;
  }
  [role='tab'] {
    border: 2px solid transparent;
    border-block-end: none;
    border-start-start-radius: var(--kyr-radius, 0.375rem);
    border-start-end-radius: var(--kyr-radius, 0.375rem);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    background: transparent;
    margin-block-end: -2px;
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--kyr-color-border, #8a8a8a);
    background: var(--kyr-color-background, #ffffff);
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--kyr-color-focus, #1a4f9c);
    outline-offset: 2px;
  }
  .sections > section + section {
    margin-block-start: 2rem;
  }
  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .bar,
    [role='tablist'],
    kyr-quick-exit {
      display: none;
    }
  }
`;
