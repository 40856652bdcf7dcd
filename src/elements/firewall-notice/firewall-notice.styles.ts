import { css } from 'lit';

export const firewallNoticeStyles = css`
  .box {
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-radius: var(--kyr-radius, 0.375rem);
    padding: var(--kyr-space, 1rem);
  }
  .entries {
    list-style: none;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
  .entry {
    border: 1px solid var(--kyr-color-border, #8a8a8a);
    border-inline-start-width: 6px;
    border-radius: var(--kyr-radius, 0.375rem);
    padding-block: 0.5em 0.25em;
    padding-inline: 0.75em;
    margin-block-end: 0.75em;
  }
  .entries .entry {
    margin-block-end: 0;
  }
  .answer-yes {
    border-inline-start-color: var(--kyr-color-shares, #8a1c1c);
  }
  .answer-no {
    border-inline-start-color: var(--kyr-color-does-not-share, #1d5e2c);
  }
  .answer-unknown {
    border-inline-start-color: var(--kyr-color-unknown, #5a4a00);
  }
  .sector {
    font-size: 1.0625em;
    margin-block: 0.25em 0.5em;
  }
  .answer,
  .basis {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .answer {
    font-size: 1.0625em;
  }
  .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .answer-yes .answer .icon {
    color: var(--kyr-color-shares, #8a1c1c);
  }
  .answer-no .answer .icon {
    color: var(--kyr-color-does-not-share, #1d5e2c);
  }
  .answer-unknown .answer .icon {
    color: var(--kyr-color-unknown, #5a4a00);
  }
  .basis .icon {
    color: var(--kyr-color-muted, #4a4a4a);
  }
  .advice {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .entry {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
  }
`;
