import {css} from 'lit';

export const webinarCardStyles = css`
  :host {
    --_state-min-block-size: 14rem;
  }

  .media {
    position: relative;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    background: color-mix(in srgb, currentColor 8%, transparent);
  }

  .poster,
  .player {
    position: absolute;
    inset: 0;
    display: block;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
  }

  .poster {
    object-fit: cover;
  }

  /* Drawn inside: the card's rounded corners clip anything outside the media area. */
  .player:focus-visible {
    outline-offset: -3px;
  }

  /* A neutral picture of our own: nothing is asked of the video host for a thumbnail. */
  .placeholder {
    background:
      radial-gradient(circle at 30% 25%, color-mix(in srgb, var(--_accent) 35%, transparent), transparent 60%),
      radial-gradient(circle at 80% 90%, color-mix(in srgb, var(--_accent) 22%, transparent), transparent 55%),
      linear-gradient(135deg, color-mix(in srgb, var(--_accent) 18%, #1d1d1f), #1d1d1f);
  }

  /* The whole picture is the button; its visible part is the round icon and label. */
  .play {
    position: absolute;
    inset: 0;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    inline-size: 100%;
    block-size: 100%;
    padding: var(--_space);
    border: 0;
    border-radius: 0;
    background: transparent;
    color: #fff;
  }

  .play:hover {
    border: 0;
  }

  .play:focus-visible {
    outline-offset: -6px;
  }

  .play-icon {
    display: grid;
    place-items: center;
    inline-size: 4rem;
    block-size: 4rem;
    border-radius: 50%;
    background: var(--_accent);
    box-shadow: 0 2px 12px rgb(0 0 0 / 35%);
    transition: transform 0.15s ease-out;
  }

  .play:hover .play-icon,
  .play:focus-visible .play-icon {
    transform: scale(1.08);
  }

  .play-icon svg {
    inline-size: 2rem;
    block-size: 2rem;
    fill: currentColor;
  }

  /* Not mirrored under RTL: playback controls keep their direction (Material Design's
     bidirectionality guidance), like the player that replaces them. */

  .play-text {
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    background: rgb(0 0 0 / 65%);
    font-weight: 700;
  }

  .consent {
    margin: 0;
    unicode-bidi: plaintext;
    padding-block: calc(var(--_space) / 2);
    padding-inline: var(--_space);
    border-block-end: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.375rem;
  }

  .badge {
    padding-block: 0.0625rem;
    padding-inline: 0.5rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 700;
  }

  .speakers .label {
    margin: 0;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }

  .speakers ul {
    display: grid;
    gap: 0.375rem;
    margin: 0;
    margin-block-start: 0.25rem;
    padding: 0;
    list-style: none;
  }

  .name {
    font-weight: 700;
  }

  .affiliation {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-start: auto;
    padding-block-start: calc(var(--_space) / 2);
  }

  a {
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a.button {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.875rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    text-decoration: none;
  }

  a.button:hover {
    text-decoration: underline;
  }

  .skeleton-card .media-skeleton {
    block-size: auto;
    aspect-ratio: 16 / 9;
  }

  .skeleton-card .skeleton:nth-child(2) {
    inline-size: 30%;
  }

  .skeleton-card .skeleton:nth-child(3) {
    block-size: 1.5em;
    inline-size: 80%;
  }

  /* Dates and durations are isolated from the surrounding direction: "1 hour, 30 minutes"
     must not be reordered inside a right-to-left page. */
  .meta time {
    unicode-bidi: isolate;
  }

  @container (min-width: 44rem) {
    /* The placeholder takes the two-column shape of a card with a video, so the card that
       replaces it is about the same height (no layout shift). */
    .skeleton-card {
      grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
      align-content: start;
    }

    .skeleton-card .media-skeleton {
      grid-row: 1 / span 3;
    }

    .skeleton-card .skeleton:not(.media-skeleton) {
      grid-column: 2;
    }

    .card.has-media {
      display: grid;
      grid-template-columns: minmax(0, 11fr) minmax(0, 9fr);
      grid-template-rows: auto 1fr;
    }

    .card.has-media .media {
      grid-column: 1;
      grid-row: 1;
    }

    .card.has-media .consent {
      grid-column: 1;
      grid-row: 2;
      border-block-end: 0;
    }

    .card.has-media .body {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .play-icon {
      transition: none;
    }

    .play:hover .play-icon,
    .play:focus-visible .play-icon {
      transform: none;
    }
  }

  @media (forced-colors: active) {
    .play-icon {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .play-text {
      background: Canvas;
      color: CanvasText;
    }

    .play:focus-visible {
      outline-color: Highlight;
    }
  }
`;
