import {css} from 'lit';

export const ideasIndexStyles = css`
  :host {
    --_state-min-block-size: 24rem;
    container-type: inline-size;
  }

  .index {
    display: grid;
    gap: var(--_space);
  }

  /* Controls wrap onto as many rows as the width needs: at 320 px (or 200 % zoom) each
     takes a full row; the search box always takes the widest share. */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: end;
    margin: 0;
  }

  .field {
    display: grid;
    flex: 1 1 10rem;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .field.query {
    flex: 3 1 16rem;
  }

  label {
    font-size: 0.875em;
    font-weight: 700;
  }

  input,
  select {
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding-block: 0.375rem;
    padding-inline: 0.625rem;
    border: 1px solid color-mix(in srgb, currentColor 55%, transparent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: inherit;
    font: inherit;
  }

  select option {
    color: CanvasText;
    background: Canvas;
  }

  select option:disabled {
    color: GrayText;
  }

  .count {
    margin: 0;
    unicode-bidi: plaintext;
    color: var(--_muted);
    font-size: 0.9375em;
    font-variant-numeric: tabular-nums;
  }

  .results {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The title's link covers the card: one click target, no nested interactive elements. */
  .card a::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }

  @supports selector(:has(a)) {
    .card:has(a:focus-visible) {
      outline: var(--_focus-ring);
      outline-offset: 2px;
    }

    .card a:focus-visible {
      outline: none;
    }
  }

  .card:hover a {
    text-decoration-thickness: 2px;
  }

  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .title a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .place,
  .meta,
  .summary,
  .themes {
    margin: 0;
  }

  .place {
    font-weight: 600;
  }

  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .summary {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
  }

  .themes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin-block-start: auto;
    padding-block-start: 0.25rem;
  }

  .theme {
    padding-block: 0.0625rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
  }

  mark {
    border-radius: 0.125em;
    background: color-mix(in srgb, var(--_accent) 18%, transparent);
    color: inherit;
    font-weight: 700;
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: center;
    justify-content: center;
  }

  .more p {
    margin: 0;
    unicode-bidi: plaintext;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .empty {
    display: grid;
    justify-items: start;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }

  .empty p {
    margin: 0;
    unicode-bidi: plaintext;
  }

  .empty-title {
    font-weight: 700;
  }

  .active-filters {
    color: var(--_muted);
  }

  .skeleton-index {
    display: grid;
    gap: var(--_space);
    min-block-size: var(--_state-min-block-size);
    align-content: start;
  }

  .skeleton-index .skeleton:nth-child(2) {
    inline-size: 30%;
  }

  .controls-skeleton {
    block-size: 4rem;
  }

  /* About a result card: title, place, meta, three lines of summary, themes. */
  .card-skeleton {
    block-size: 17.5rem;
  }

  @media (forced-colors: active) {
    mark {
      background: Mark;
      color: MarkText;
    }

    .card:has(a:focus-visible) {
      outline-color: Highlight;
    }
  }
`;
