/**
 * Tags the stylesheet text so the build's CSS minifier (it minifies templates
 * whose tag is named `css`) compresses it; at run time it is the text as written.
 */
const css = String.raw;

/**
 * The quick exit's own small styles (not the shared tokens sheet, to stay tiny),
 * adopted into its shadow root as one constructable stylesheet.
 * The link's colours are `!important` on a slotted link so a host rule such as
 * `a { color: blue }` cannot make it unreadable; hosts theme it with the
 * custom properties instead. The empty part of the bar lets clicks through
 * (pointer-events), and its transparent border shows in forced colours.
 */
export const quickExitStyles = css`
  :host {
    display: block;
    position: sticky;
    top: 0;
    pointer-events: none;
    font: var(--kyr-font-size, 1rem) / 1.5 var(--kyr-font-family, system-ui, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  [part='bar'] {
    display: grid;
    justify-items: end;
    gap: 0.25rem;
    padding: var(--kyr-quick-exit-space, 0.25rem);
  }
  [part='link'],
  ::slotted(a) {
    pointer-events: auto;
    display: inline-block !important;
    box-sizing: border-box;
    min-block-size: 44px;
    max-inline-size: 100%;
    padding: 0.5em 1em;
    border: 2px solid transparent;
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-quick-exit-background, #a4262c) !important;
    color: var(--kyr-quick-exit-color, #ffffff) !important;
    font-weight: 700;
    text-align: center;
    text-decoration: none !important;
    overflow-wrap: anywhere;
  }
  [part='link']:focus-visible,
  ::slotted(a:focus-visible) {
    outline: 3px solid var(--kyr-color-focus, #1a4f9c);
    outline-offset: 2px;
  }
  [part='hint'] {
    pointer-events: auto;
    max-inline-size: 22rem;
    margin: 0;
    padding: 0.25em 0.5em;
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-background, #ffffff);
    color: var(--kyr-color-text, #1b1b1b);
    font-size: 0.875em;
    text-align: end;
  }
  [part='count'] {
    padding-inline: 0.25em;
    border-radius: var(--kyr-radius, 0.375rem);
    background: var(--kyr-color-background, #ffffff);
    color: var(--kyr-quick-exit-background, #a4262c);
    letter-spacing: 0.25em;
  }
  [part='count']:empty {
    display: none;
  }
  [role='status'] {
    position: absolute;
    inline-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    :host {
      display: none !important;
    }
  }
` +
  // Outside the minifier's reach: it rounds a number this large inside var() (to 2147480000).
  ':host{z-index:var(--kyr-quick-exit-z-index,2147483000)}';
