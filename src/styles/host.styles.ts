import {css} from 'lit';

/**
 * Shared by every element: the public `--cm-*` knobs resolved into private `--_*` values,
 * and a host that inherits the page's font and colour but not the page's layout quirks.
 */
export const hostStyles = css`
  :host {
    --_accent: var(--cm-color-accent, #a3341a);
    /* Behind white text (the play button), on the player's own dark: never the light variant. */
    --_accent-fill: var(--cm-color-accent, #a3341a);
    --_muted: var(--cm-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_surface: var(--cm-color-surface, transparent);
    --_border: var(--cm-color-border, color-mix(in srgb, currentColor 22%, transparent));
    --_radius: var(--cm-radius, 0.5rem);
    --_space: var(--cm-space, 1rem);
    --_focus-ring: var(--cm-focus-ring, 3px solid var(--_accent));

    display: block;
    box-sizing: border-box;
    /* Unset custom properties make these declarations "unset": the host page's font and
       colour are inherited, as DESIGN.md asks. */
    font-family: var(--cm-font-family);
    color: var(--cm-color-text);
    /* Inherited properties that would break our layout if a page set them on a parent. */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  /* The default accent follows the page, with no setting: the brand's dark red where the
     text is dark (a light page), a light red where the text is light (a dark page), so links,
     kickers and the focus ring keep 4.5:1 against either. The text colour tells which: a
     lightness under 0.5 gives 0.5 (#a3341a), over it 0.8. Browsers without relative colours
     keep #a3341a. A set --cm-color-accent is used as it is. */
  @supports (color: oklch(from red l c h)) {
    :host {
      --_accent: var(--cm-color-accent, oklch(from currentColor clamp(0.5, (l - 0.5) * 1000, 0.8) 0.15 33 / 1));
    }
  }

  :host([hidden]) {
    display: none;
  }

  /* Before the first render (see CmElement) and while a feed loads: the placeholder's
     height, so nothing moves meanwhile. A message is only as tall as its text. */
  :host(:not(:state(ready))),
  .skeleton-card {
    min-block-size: var(--_state-min-block-size, 8rem);
  }

  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  button,
  .card,
  .state,
  .skeleton-card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  button {
    font: inherit;
    color: inherit;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }

  button:hover {
    border-color: currentColor;
  }

  .state,
  .skeleton-card {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
  }

  .state {
    align-content: center;
    justify-items: start;
    gap: calc(var(--_space) / 2);
  }

  /* Our messages that mix numbers and punctuation ("(error 404).", "17 ideas") take their
     direction from their own text (unicode-bidi: plaintext; also on the ideas count and the
     webinar's consent line): English shown on a Hebrew or Persian page, for which we have no
     translation, keeps its order and its full stop. Content text carries dir instead. */
  .state p,
  .quiet-retry {
    margin: 0;
    unicode-bidi: plaintext;
  }

  /* After the webmaster's own HTML when the feed failed: a line, not an alert box. */
  .quiet-retry {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.875em;
  }

  .skeleton {
    block-size: 1em;
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, currentColor 10%, transparent);
    animation: cm-pulse 1.6s ease-in-out infinite;
  }

  @keyframes cm-pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }

  @media (forced-colors: active) {
    .skeleton {
      background: GrayText;
    }
  }
`;
