/**
 * Content texts in templates: each carries its own `lang` and `dir` when they differ from
 * the page's (WCAG 3.1.2; an Arabic quote in a French page runs right to left), so every
 * element writes them the same way.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Text} from '../controllers/locale.js';

/** A content text inline. */
export const textSpan = (t: Text | undefined) =>
  t ? html`<span lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}>${t.text}</span>` : nothing;

/** A content text as a paragraph whose part and class are `part` (`summary`, `kicker`). */
export const textParagraph = (part: string, t: Text | undefined) =>
  t ? html`<p part=${part} class=${part} lang=${ifDefined(t.lang)} dir=${ifDefined(t.dir)}>${t.text}</p>` : nothing;
