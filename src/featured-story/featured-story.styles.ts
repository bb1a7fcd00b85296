import {css} from 'lit';

export const featuredStoryStyles = css`
  :host {
    --_state-min-block-size: 12rem;
    container-type: inline-size;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The stretched link makes the whole card clickable: show its focus on the card. */
  @supports selector(:has(a)) {
    .card:has(.more:focus-visible) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    .more:focus-visible {
      outline: none;
    }
  }

  .card:hover .title {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .image {
    display: block;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
  }

  .kicker {
    margin: 0;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  .title {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }

  .meta,
  .summary {
    margin: 0;
  }

  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .more {
    align-self: flex-start;
    margin-block-start: auto;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .more::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  .skeleton-card {
    display: grid;
    gap: 0.75rem;
    min-block-size: var(--_state-min-block-size);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .skeleton-card .skeleton:nth-child(1) {
    inline-size: 30%;
  }

  .skeleton-card .skeleton:nth-child(2) {
    block-size: 1.5em;
    inline-size: 80%;
  }

  @container (min-width: 40rem) {
    .card.has-image {
      flex-direction: row;
    }

    .card.has-image .image {
      inline-size: 40%;
      block-size: auto;
      aspect-ratio: auto;
      min-block-size: 100%;
    }
  }

  @media (forced-colors: active) {
    .card:has(.more:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
