import {css} from 'lit';

export const quoteRotatorStyles = css`
  :host {
    --_state-min-block-size: 10rem;
  }

  .carousel {
    display: grid;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  .controls button {
    display: inline-grid;
    place-items: center;
    padding: 0;
  }

  .controls svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }

  /* Previous/next arrows point the way the quotes move: mirrored right to left. */
  :host(:dir(rtl)) .direction svg {
    transform: scaleX(-1);
  }

  .position {
    margin-inline-start: auto;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  /* Every slide sits in the same grid cell: the cell is as tall as the tallest quote at
     the current width, so rotating never moves the page below (no layout shift). */
  .slides {
    display: grid;
    touch-action: pan-y;
  }

  .slide {
    grid-area: 1 / 1;
    visibility: hidden;
    opacity: 0;
    transition:
      opacity 0.4s ease,
      visibility 0s linear 0.4s;
  }

  .slide.current {
    visibility: visible;
    opacity: 1;
    transition: opacity 0.4s ease;
  }

  figure {
    margin: 0;
  }

  blockquote {
    margin: 0;
    font-size: 1.125em;
    font-style: italic;
    line-height: 1.45;
  }

  blockquote p {
    margin: 0;
  }

  blockquote p::before {
    content: open-quote;
  }

  blockquote p::after {
    content: close-quote;
  }

  figcaption {
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
  }

  .author {
    color: var(--cm-color-text, inherit);
    font-style: normal;
    font-weight: 700;
  }

  .author-link {
    color: inherit;
  }

  .skeleton-card .skeleton:nth-child(1) {
    inline-size: 40%;
    block-size: 2.75rem;
  }

  .skeleton-card .skeleton:last-child {
    inline-size: 45%;
  }
`;
