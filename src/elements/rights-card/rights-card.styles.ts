import { css } from 'lit';

export const rightsCardStyles = css`
  .card {
    container-type: inline-size;
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    padding: var(--kyr-space, 1rem);
  }
  .label {
    font-size: 1.125em;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  /* Label and answer side by side where both fit whole; below that, each answer under its label. */
  .activities {
    display: grid;
    grid-template-columns: minmax(min-content, 1fr) minmax(min-content, max-content);
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
  @container (max-width: 32rem) {
    .activities {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .activities dd {
      text-align: start;
      margin-block-end: 0.5em;
    }
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
  .wallet {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .side {
    inline-size: min(100%, 22rem);
    aspect-ratio: 85.6 / 53.98;
    overflow: hidden;
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: 0.75rem;
    padding: 0.75rem;
    font-size: 0.875em;
    line-height: 1.3;
  }
  .side ul {
    margin-block: 0.25em;
    padding-inline-start: 1.1em;
  }
  .side-title {
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .side-meta {
    font-size: 0.85em;
  }
  .statement {
    font-size: 1.1em;
    font-weight: 600;
  }
  @media print {
    /* Credit-card size (ISO/IEC 7810 ID-1), one side each, cut along the border. */
    .side {
      inline-size: 85.6mm;
      block-size: 53.98mm;
      aspect-ratio: auto;
      padding: 3mm;
      border: 0.3mm solid #000;
      border-radius: 3mm;
      font-size: 7pt;
      break-inside: avoid;
      color: #000;
      background: #fff;
    }
    .wallet {
      gap: 4mm;
    }
    /* The wallet card is the cut-out sides only; a full card prints whole, its review date and sources too. */
    .print-action,
    :host([variant='wallet']) [part='notice'],
    :host([variant='wallet']) .badges,
    :host([variant='wallet']) .review {
      display: none;
    }
  }
  :host([variant='compact']) .card {
    padding: calc(var(--kyr-space, 1rem) * 0.75);
  }
`;
