import {css} from 'lit';

export const webinarCardStyles = css`
  :host {
    --_state-min-block-size: 14rem;
  }

  /* Dark like a player; without a poster, this is the neutral picture of our own: nothing is
     asked of the video host for a thumbnail. */
  [part='media'] {
    position: relative;
    aspect-ratio: 16 / 9;
    background: #1d1d1f;
  }

  /* Poster, play button and player (and the loading placeholder) fill the same 16:9 box,
     so the player takes the facade's place without moving anything below. */
  [part='media'] > * {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    border: 0;
    object-fit: cover;
  }

  /* Drawn inside: the card's rounded corners clip anything outside the media area. */
  [part='media'] > :focus-visible {
    outline-offset: -6px;
  }

  /* The whole picture is the button (a button centres its content); its visible part is
     the label with its icon. Not mirrored under RTL: playback controls keep their
     direction, like the player that replaces them. */
  [part='play-button'] {
    background: none;
  }

  /* Wraps (icon above label) when a large text size leaves no room for one line. */
  .play-text {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: center;
    align-items: center;
    gap: 0.5em;
    padding: 0.5em 1em;
    border-radius: 2em;
    background: var(--_accent-fill);
    color: #fff;
    font-weight: 700;
  }

  svg {
    inline-size: 1.5em;
    fill: currentColor;
  }

  /* Forced colours take the label's background away: an edge shows where the button is. */
  @media (forced-colors: active) {
    .play-text {
      border: 2px solid ButtonText;
    }
  }

  [part='consent'] {
    padding: calc(var(--_space) / 2) var(--_space);
    border-block-end: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125em;
    unicode-bidi: plaintext;
  }

  [part='badge'],
  a {
    color: var(--_accent);
    font-weight: 700;
  }

  /* A date or duration keeps its own order inside a line of the other direction. */
  time {
    unicode-bidi: isolate;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The speaker's name. */
  li > :first-child {
    font-weight: 700;
  }

  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: auto;
  }

  /* The calendar and video links are buttons; the page link stays a link.
     2.75rem: the size of a touch target (WCAG 2.5.8). */
  a:not(#link) {
    display: inline-grid;
    align-items: center;
    min-block-size: 2.75rem;
    padding: 0 0.875rem;
    border: 1px solid;
    border-radius: var(--_radius);
    text-decoration: none;
  }

  a:not(#link):hover,
  button:hover .play-text {
    text-decoration: underline;
  }

  /* Video beside the text; the loading placeholder has the same shape (no layout shift). */
  @container (min-width: 44rem) {
    .has-media {
      display: grid;
      grid-template: auto 1fr / minmax(0, 11fr) minmax(0, 9fr);
    }

    .has-media .body {
      grid-area: 1 / 2 / span 2;
    }

    [part='consent'] {
      border: 0;
    }
  }
`;
