import {css} from 'lit';

export const featuredStoryStyles = css`
  :host {
    --_state-min-block-size: 12rem;
  }

  /* The containing block of the stretched link. */
  .card {
    position: relative;
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
