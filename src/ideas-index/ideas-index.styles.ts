import {css} from 'lit';

/** After the host and card styles: each result is a `.card.body` (box and column). */
export const ideasIndexStyles = css`
  :host {
    --_state-min-block-size: 24rem;
    /* The cards' container queries are not needed here: no size containment, so that the
       index keeps its content's width wherever a page puts it (a flex row, a float). */
    container-type: normal;
  }

  * {
    margin: 0;
  }

  .index,
  ul,
  [part='loading'] {
    display: grid;
    gap: var(--_space);
  }

  /* Controls wrap onto as many rows as the width needs: at 320 px (or 200 % zoom) each
     takes a full row; the search box always takes the widest share. */
  [role='search'],
  [part='themes'],
  [part='more'] {
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

  [part='count'],
  [part='more'] p {
    unicode-bidi: plaintext;
    color: var(--_muted);
  }

  /* While the feed loads, a page of card-sized placeholders in the same grid, below room
     for the controls and the count. */
  ul,
  [part='loading'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    padding: 0;
    list-style: none;
  }

  [part='loading'] {
    padding-block-start: 7rem;
  }

  /* About a result card: title, place, meta, three lines of summary, themes. */
  .skeleton {
    block-size: 17.5rem;
  }

  /* The title's link covers the card: one click target, no nested interactive elements. */
  .card {
    position: relative;
  }

  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  a {
    color: var(--_accent);
  }

  [part='summary'] {
    display: -webkit-box;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
  }

  [part='themes'] span {
    padding-inline: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    font-size: 0.875em;
  }
`;
