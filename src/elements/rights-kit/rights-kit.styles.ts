import { css } from 'lit';

export const rightsKitStyles = css`
  :host {
    max-inline-size: var(--kyr-max-width, 48rem);
    container-type: inline-size;
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
  /* The label beside its menu: one line. */
  .language {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    font-weight: 600;
    flex: 0 1 auto;
  }
  .language select {
    /* About as wide as its widest language name, which it holds only once reached (see renderLanguageSwitcher): it does not widen as it opens. */
    min-inline-size: 8.5em;
    font: inherit;
    min-block-size: 44px;
    padding-inline: 0.5em;
    border: 2px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-background, #ffffff);
    color: var(--kyr-color-text, #1b1b1b);
  }
  /* One row of tabs, scrolling sideways when they do not fit (the selected one is scrolled to with the focus). */
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    border-block-end: 2px solid var(--kyr-color-border, #8a8a8a);
    margin-block-end: 1rem;
  }
  /* Every tab drawn as a tab, not only the selected one. */
  [role='tab'] {
    flex: none;
    white-space: nowrap;
    border: 2px solid var(--kyr-color-border, #8a8a8a);
    border-block-end: none;
    color: var(--kyr-color-muted, #4a4a4a);
    border-start-start-radius: var(--kyr-radius, 0.375rem);
    border-start-end-radius: var(--kyr-radius, 0.375rem);
    border-end-start-radius: 0;
    border-end-end-radius: 0;
    background: transparent;
    margin-block-end: -2px;
    font-weight: 600;
  }
  [role='tab'][aria-selected='true'] {
    border-color: var(--kyr-color-text, #1b1b1b);
    color: var(--kyr-color-text, #1b1b1b);
    background: var(--kyr-color-background, #ffffff);
    text-decoration: underline;
    text-underline-offset: 0.3em;
  }
  [role='tabpanel']:focus-visible {
    outline: 3px solid var(--kyr-color-focus, #1a4f9c);
    outline-offset: 2px;
  }
  /* A phone: the place takes its label and its field, nothing more; the hint stays the field's description for screen readers. */
  @container (max-width: 30rem) {
    .bar {
      gap: 0.5rem;
      margin-block-end: 0.75rem;
    }
    /* shared.styles.ts's .visually-hidden, written out: the CSS minifier leaves a sheet with an interpolated rule unminified. */
    kyr-jurisdiction-picker::part(hint) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
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
