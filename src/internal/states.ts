/**
 * What an element shows when it has no content to show yet, shared by every element: the
 * webmaster's own HTML, a loading placeholder, or a short message (with Retry for a feed).
 */
import {msg, str} from '@lit/localize';
import {html, nothing} from 'lit';
import {feedErrorText, invalidText, loadingText, nothingText, retryText} from './messages.js';

/** The default loading placeholder: a box of four lines, shaped by each element's styles. */
export const skeleton = html`<div class="skeleton-card">
  <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span
  ><span class="skeleton"></span>
</div>`;

/** The HTML the webmaster wrote inside the element, as they wrote it (progressive enhancement). */
export const children = (host: Element) => (host.childElementCount ? html`<slot></slot>` : nothing);

/** Busy, with "Loading…" for screen readers, around a placeholder the size of the content. */
export const loading = (placeholder: unknown) =>
  html`<div part="loading" aria-busy="true">
    <span class="visually-hidden" role="status">${loadingText()}</span>${placeholder}
  </div>`;

/**
 * "Quotes: The content could not be loaded.": a message says which content it is about, so
 * that a page whose widgets all fail does not raise the same alert several times.
 */
const about = (what: string, text: string) =>
  msg(str`${what}: ${text}`, {
    id: 'message-about',
    desc: 'A message about one widget: its name ("Quotes", "Featured Story"), then what happened.',
  });

/** Loads a failed feed again. */
const retryButton = (retry: () => void) =>
  html`<button type="button" part="retry-button" @click=${retry}>${retryText()}</button>`;

/** A message about `what` in place of the content, with a Retry button when `retry` is given. */
export const message = (what: string, text: string, retry?: () => void) =>
  html`<div class="state" part="error" role="alert">
    <p>${about(what, text)}</p>
    ${retry ? retryButton(retry) : nothing}
  </div>`;

/** The message for a failed feed. */
export const failed = (what: string, error: unknown, retry: () => void) => message(what, feedErrorText(error), retry);

/**
 * A failed feed where the webmaster wrote HTML inside the element: their HTML stays as it
 * is (a failure is never worse than no JavaScript), with the message and Retry in a quiet line.
 */
export const failedOverChildren = (what: string, error: unknown, retry: () => void) =>
  html`<slot></slot>
    <p class="quiet-retry" part="error" role="status">
      <span>${about(what, feedErrorText(error))}</span>
      ${retryButton(retry)}
    </p>`;

/** The message for content that has nothing usable: empty, or every item invalid. */
export const unusable = (what: string, empty: boolean, retry?: () => void) =>
  message(what, empty ? nothingText() : invalidText(), retry);
