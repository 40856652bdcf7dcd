import { css } from 'lit';

export const helpDirectoryStyles = css`
  .directory {
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    padding: var(--kyr-space, 1rem);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    margin-block-end: 0.75em;
  }
  .filter {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .filter-label {
    font-weight: 600;
  }
  select {
    font: inherit;
    color: var(--kyr-color-text, #1b1b1b);
    background: var(--kyr-color-background, #ffffff);
    min-block-size: 44px;
    max-inline-size: 100%;
    padding-inline: 0.5em;
    border: 2px solid var(--kyr-color-border, #767676);
    border-radius: var(--kyr-radius, 0.375rem);
  }
  .count {
    font-weight: 600;
  }
  .contacts {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .contact {
    border-block-start: 1px solid var(--kyr-color-border, #8a8a8a);
    padding-block: 0.75em;
    /* A long directory draws only the contacts near the screen; the others keep their place (and stay in find-in-page and the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 10em;
  }
  .contact-name {
    margin-block-start: 0;
  }
  .kinds {
    color: var(--kyr-color-muted, #4a4a4a);
    font-size: 0.875em;
    margin-block-end: 0.5em;
  }
  .channels {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .channel a {
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.5em;
    padding-inline: 0.75em;
    border: 1px solid currentColor;
    border-radius: var(--kyr-radius, 0.375rem);
    text-decoration: underline;
  }
  .no-channels {
    font-style: italic;
  }
  .details {
    margin-block: 0 0.5em;
  }
  .details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .international {
    margin-block-start: 1em;
  }
  .empty {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .channel a,
    select {
      border-color: LinkText;
    }
  }
  /* On paper every contact is drawn, whatever a browser makes of content-visibility when printing. */
  @media print {
    .contact {
      content-visibility: visible;
    }
  }
`;
