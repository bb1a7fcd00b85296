import {css} from 'lit';

export const featuredStoryStyles = css`
  :host {
    --_state-min-block-size: 12rem;
  }

  /* The containing block of the stretched link. */
  .card {
    position: relative;
  }

  /* The stretched link makes the whole card clickable: show its focus on the card (the
     link is its one focusable element). */
  .card:focus-within {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  a:focus {
    outline: none;
  }

  .card:hover .title {
    text-decoration: underline;
  }

  img {
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: color-mix(in srgb, currentColor 10%, transparent);
  }

  a {
    margin-block-start: auto;
    color: var(--_accent);
    font-weight: 700;
  }

  a::after {
    content: '';
    position: absolute;
    inset: 0;
  }

  /* Image beside the text when the card is wide; a card without image is just its body. */
  @container (min-width: 40rem) {
    .card {
      flex-direction: row;
    }

    img {
      inline-size: 40%;
      aspect-ratio: auto;
    }
  }
`;
