import {css} from 'lit';

export const ideasIndexStyles = css`
  :host {
    --_state-min-block-size: 24rem;
  }

  .index,
  .results,
  [part='loading'] {
    display: grid;
    gap: var(--_space);
  }

  /* Controls wrap onto as many rows as the width needs: at 320 px (or 200 % zoom) each
     takes a full row; the search box always takes the widest share. */
  [role='search'],
  .themes,
  .more {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    align-items: end;
  }

  .field {
    display: grid;
    flex: 1 1 10rem;
  }

  .query {
    flex: 3 1 16rem;
  }

  label {
    font-weight: 700;
  }

  input,
  select {
    min-inline-size: 0;
    min-block-size: 2.75rem;
    font: inherit;
  }

  p,
  .title,
  .results {
    margin: 0;
  }

  .count,
  .more p {
    unicode-bidi: plaintext;
  }

  .count,
  .meta,
  .more p {
    color: var(--_muted);
  }

  .results {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
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
  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  a {
    color: var(--_accent);
  }

  .title {
    font-size: 1.125em;
  }

  .summary {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }

  .theme {
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    font-size: 0.875em;
  }

  [part='loading'] > .skeleton {
    block-size: 4rem;
  }

  /* About a result card: title, place, meta, three lines of summary, themes. */
  .results > .skeleton {
    block-size: 17.5rem;
  }
`;
