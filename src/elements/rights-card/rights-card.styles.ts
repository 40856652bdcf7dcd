import { css } from 'lit';

export const rightsCardStyles = css`
  .card {
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    padding: var(--kyr-space, 1rem);
  }
  .label {
    font-size: 1.125em;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .activities {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.25em 1em;
    padding: 0;
    margin-block-end: 1em;
  }
  .activities dt,
  .activities dd {
    margin: 0;
  }
  .activities dd {
    font-weight: 600;
    text-align: end;
  }
  .rights {
    list-style: none;
    padding: 0;
  }
  .rights li {
    margin-block-end: 0.75em;
  }
  .rights strong {
    display: block;
  }
  :host([variant='compact']) .card {
    padding: calc(var(--kyr-space, 1rem) * 0.75);
  }
`;
