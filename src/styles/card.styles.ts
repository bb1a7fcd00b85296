import {css} from 'lit';

/**
 * The card shell shared by the story and webinar cards: box, body column, kicker, title,
 * meta line and summary. Each card adds its own media and links.
 */
export const cardStyles = css`
  :host {
    container-type: inline-size;
  }

  .card,
  .body {
    display: flex;
    flex-direction: column;
  }

  /* Its border and background: hostStyles. */
  .card {
    block-size: 100%;
    overflow: hidden;
  }

  .body {
    flex: 1;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
  }

  /* Every text block of a card (kicker, meta, summary and the webinar's other lines) is a p. */
  p,
  .title {
    margin: 0;
  }

  .kicker {
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .title {
    font-size: 1.25em;
    line-height: 1.25;
  }

  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
