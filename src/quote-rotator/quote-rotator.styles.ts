import {css} from 'lit';

export const quoteRotatorStyles = css`
  :host {
    --_state-min-block-size: 10rem;
  }

  /* Its border and background: hostStyles (.card). */
  section {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
  }

  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: center;
  }

  svg {
    display: block;
    inline-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 3;
  }

  /* Previous/next (the buttons after play) point the way the quotes move: mirrored right
     to left. */
  :host(:dir(rtl)) button + button svg {
    transform: scaleX(-1);
  }

  .position {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.875em;
  }

  /* Every slide sits in the same grid cell: the cell is as tall as the tallest quote at
     the current width, so rotating never moves the page below (no layout shift). */
  .slides {
    display: grid;
  }

  /* visibility (which keeps hidden quotes from screen readers) changes at the end of a
     fade-out and at the start of a fade-in. */
  .slide {
    grid-area: 1 / 1;
    transition: 0.4s;
  }

  .slide:not(.current) {
    visibility: hidden;
    opacity: 0;
  }

  * {
    margin: 0;
  }

  blockquote {
    font-size: 1.125em;
    font-style: italic;
  }

  figcaption {
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
  }

  cite {
    font-style: normal;
    font-weight: 700;
  }

  a {
    color: inherit;
  }
`;
