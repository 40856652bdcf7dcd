import { css } from 'lit';

/**
 * Tokens every kyr element reads. Each has a fallback, so an unstyled page still
 * gets readable, accessible defaults; a host page themes with `--kyr-*` only.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: var(--kyr-max-width, 44rem);
    color: var(--kyr-color-text, #1b1b1b);
    background: var(--kyr-color-background, #ffffff);
    font-family: var(--kyr-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--kyr-font-size, 1rem);
    line-height: 1.5;
    /* A word moves whole to the next line; only a word longer than the line (a URL) is cut. */
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  /* Before its first render (a task after the script defines it), the room the page kept for it until then (see the README). */
  :host(:not(:state(drawn))) {
    min-block-size: var(--kyr-loading-block-size, 30rem);
  }
  /*
   * While loading, keep about the room the content will take, so what follows on
   * the page does not jump when it arrives. A page that knows better sets
   * --kyr-loading-block-size (and the same room before the script arrives, see the README).
   */
  [part='loading'] {
    min-block-size: var(--kyr-loading-block-size, 30rem);
    margin-block-end: 0;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [role='heading'] {
    font-weight: 700;
    line-height: 1.25;
    margin-block: 1.25em 0.5em;
  }
  .title {
    font-size: 1.375em;
    margin-block-start: 0;
  }
  p,
  ul,
  ol {
    margin-block: 0 0.75em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  a {
    color: var(--kyr-color-link, #1a4f9c);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--kyr-color-focus, #1a4f9c);
    outline-offset: 2px;
  }
  /* A target a thumb can hit (WCAG 2.5.8), like the buttons: every element's sources list opens from one. */
  summary {
    cursor: pointer;
    min-block-size: 44px;
    display: list-item;
    padding-block: 0.5em;
  }
  button {
    font: inherit;
    min-block-size: 44px;
    padding-inline: 1em;
    border: 2px solid currentColor;
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-background, #ffffff);
    color: var(--kyr-color-text, #1b1b1b);
    cursor: pointer;
  }
  .notice {
    border-inline-start: 4px solid var(--kyr-color-notice-border, #6b5200);
    background: var(--kyr-color-notice-background, #fff8e1);
    color: var(--kyr-color-notice-text, #1b1b1b);
    padding: 0.5em 0.75em;
    margin-block: 0 0.75em;
  }
  .notice.error {
    border-color: var(--kyr-color-error-border, #b3261e);
    background: var(--kyr-color-error-background, #fdecea);
  }
  .badge {
    display: inline-block;
    font-size: 0.875em;
    font-weight: 600;
    padding: 0.1em 0.5em;
    border: 1px solid currentColor;
    border-radius: var(--kyr-radius, 0.375rem);
    margin-inline-end: 0.5em;
  }
  .muted,
  .meta {
    color: var(--kyr-color-muted, #4a4a4a);
    font-size: 0.875em;
  }
  .cite {
    color: var(--kyr-color-muted, #4a4a4a);
    font-size: 0.8125em;
    white-space: nowrap;
  }
  /* A sources entry takes focus when a citation is followed to it. */
  .source-list > li:focus {
    outline: 3px solid var(--kyr-color-focus, #1a4f9c);
    outline-offset: 2px;
  }
  .back {
    margin-inline-start: 0.5em;
  }
  bdi,
  .ltr-number {
    unicode-bidi: isolate;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    /* The way back is for screens (the sources lists open for paper: see KyrDataElement). */
    .back {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .notice,
    .badge {
      border: 1px solid CanvasText;
    }
  }
`;
