import {css} from 'lit';

/**
 * The map's styles, after the host styles; they come with its code (map-view.ts). Markers
 * are sized by the script in viewBox units (from the rendered width and the font size), so
 * that they keep their size in CSS px at any width; strokes do not scale.
 */
export const mapStyles = css`
  .map {
    position: relative;
  }

  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1000 / 433;
    /* A marker at the edge of the world may stand half outside the frame. */
    overflow: visible;
  }

  [part='land'] {
    fill: color-mix(in srgb, currentColor 16%, transparent);
  }

  circle {
    vector-effect: non-scaling-stroke;
  }

  [role='option'] {
    cursor: pointer;
  }

  /* The accent dot with a white halo and white count: 6.9:1 on the default accent, and
     the halo keeps the marker apart from a dark page as from the land (WCAG 1.4.11). */
  .dot {
    fill: var(--_accent);
    stroke: #fff;
    stroke-width: 1.5px;
  }

  /* A group of cities: a second ring inside. */
  .inner {
    fill: none;
    stroke: #fff;
    stroke-width: 1px;
  }

  text {
    fill: #fff;
    font-weight: 700;
    text-anchor: middle;
    pointer-events: none;
  }

  .small {
    font-size: 80%;
  }

  .ring,
  .focus {
    fill: none;
    visibility: hidden;
  }

  /* The chosen city: a ring around it (a shape, not only a colour). */
  .selected .ring {
    visibility: visible;
    stroke: var(--_accent);
    stroke-width: 3px;
  }

  /* The keyboard's place: a ring in the text colour, outside the others (WCAG 2.4.7). */
  svg:focus-visible .active .focus {
    visibility: visible;
    stroke: currentColor;
    stroke-width: 2.5px;
  }

  [part='tooltip'],
  [part='help'] {
    position: absolute;
    z-index: 1;
    margin: 0;
    padding: 0.25rem 0.5rem;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    /* Opaque over the land whatever the page: its surface, else the canvas colours. */
    background: var(--cm-color-surface, Canvas);
    color: var(--cm-color-text, CanvasText);
    font-size: 0.875em;
    line-height: 1.3;
  }

  /* Beside its marker: above it, or below near the top; kept inside the map near its edges. */
  [part='tooltip'] {
    --_tx: -50%;
    --_ty: calc(-100% - var(--_r) - 0.5rem);
    inline-size: max-content;
    max-inline-size: min(18rem, 80%);
    transform: translate(var(--_tx), var(--_ty));
    pointer-events: none;
  }

  .west {
    --_tx: calc(-1 * var(--_r));
  }

  .east {
    --_tx: calc(var(--_r) - 100%);
  }

  .below {
    --_ty: calc(var(--_r) + 0.5rem);
  }

  /* How to use the keys, while they are in use. Its text is also the map's accessible
     description, which needs no display. */
  [part='help'] {
    display: none;
    inset-block-end: 0;
    inset-inline-start: 0;
  }

  svg:focus-visible ~ [part='help'] {
    display: block;
  }

  /* The line under the map, as tall as the placeholder's. */
  .under {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    min-block-size: 2.75rem;
    margin-block-start: 0.5rem;
  }

  [part='unplaced'] {
    margin: 0;
    color: var(--_muted);
    unicode-bidi: plaintext;
  }

  details[open] {
    flex-basis: 100%;
  }

  summary {
    padding-block: 0.5rem;
    cursor: pointer;
  }

  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  [part='city-button'] {
    inline-size: 100%;
    text-align: start;
  }

  [aria-pressed='true'] {
    border: 2px solid var(--_accent);
    font-weight: 700;
  }

  [part='panel'] {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    margin-block-start: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  [part='panel'] ul {
    justify-self: stretch;
  }

  [part='panel'] p,
  .panel-title {
    margin: 0;
  }

  [part='link'] {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    [part='land'] {
      fill: GrayText;
    }
    .dot {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .inner {
      stroke: CanvasText;
    }
    text {
      fill: CanvasText;
    }
    .selected .dot,
    .selected .ring {
      fill: Highlight;
      stroke: Highlight;
    }
    .selected .ring {
      fill: none;
    }
    .selected text {
      fill: HighlightText;
    }
    svg:focus-visible .active .focus {
      stroke: CanvasText;
    }
    [aria-pressed='true'] {
      border-color: Highlight;
    }
  }
`;
