import { css } from 'lit';

export const arrestGuideStyles = css`
  .guide {
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    padding: var(--kyr-space, 1rem);
  }
  .stages {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-block-end: 1em;
  }
  .stage {
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
  }
  .stage-heading {
    margin: 0;
  }
  .stage-button {
    display: flex;
    align-items: center;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 0;
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-stage-background, #f2f2f2);
    color: var(--kyr-color-text, #1b1b1b);
    font-weight: 700;
    text-align: start;
  }
  .stage-label {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .stage-count {
    font-weight: 400;
    font-size: 0.875em;
  }
  .chevron {
    flex: none;
    transition: transform 150ms ease-out;
  }
  .stage-button[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .stage-panel {
    padding-block: 0.5em 0.75em;
    padding-inline: 0.75em;
  }
  .stage-panel[hidden] {
    display: none;
  }
  .group-heading {
    font-size: 1em;
    margin-block: 0.75em 0.25em;
  }
  .steps {
    list-style: none;
    padding: 0;
  }
  .step {
    margin-block-end: 0.75em;
  }
  .step.warning {
    border-inline-start: 4px solid var(--kyr-color-warning-border, #8a1c1c);
    background: var(--kyr-color-warning-background, #fdf0ef);
    padding-block: 0.5em;
    padding-inline: 0.75em;
  }
  .warning-label {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  .warning-label .icon {
    flex: none;
    color: var(--kyr-color-warning-border, #8a1c1c);
  }
  .stage-nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: space-between;
    margin-block-start: 0.75em;
  }
  .stage-nav .next-stage {
    margin-inline-start: auto;
  }
  .stage-nav button {
    max-inline-size: 100%;
    text-align: start;
  }
  .help a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    font-weight: 700;
  }
  .general-sources {
    margin-block: 1em;
  }
  .source-list {
    list-style: none;
    padding: 0;
  }
  .source-number {
    font-weight: 700;
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .stage-button {
      border: 1px solid ButtonText;
    }
    .step.warning {
      border: 1px solid CanvasText;
      border-inline-start-width: 4px;
    }
    .warning-label .icon,
    .chevron {
      color: CanvasText;
    }
  }
  @media print {
    .stage-panel[hidden] {
      display: block;
    }
    .stage-nav,
    .chevron {
      display: none;
    }
  }
`;
