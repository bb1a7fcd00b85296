/**
 * The stories every element has, written once: loading, each error, an empty feed, broken
 * items, and its content in every locale, right to left, themed, on a dark page and in
 * forced colours. Each *.stories.ts spreads these under its own export names:
 *
 *     const shared = sharedStories<Args>({feed: 'stories.json', content: {story}});
 *     export const Loading: S = {name: 'Loading', ...shared.loading};
 *     export const LoadingFr: S = {name: 'Loading (français)', ...shared.loading, ...inLocale('fr'), tags: ['!autodocs']};
 *
 * Names and tags stay written out in each file because Storybook reads them from the source
 * without running it (the sidebar, story ids and the docs page come from that reading); the
 * export name makes the story id, so ids do not change when a body moves here.
 */
import type {Decorator, StoryObj} from '@storybook/web-components-vite';
import {html, type TemplateResult} from 'lit';
import {isRtlLang} from '../src/localization/direction.js';
import {fixture, hangFetch} from './helpers.js';

/** What every element takes for a feed (the rest of its args are its own). */
interface FeedArgs {
  src?: string;
  timeout?: number;
}

export interface SharedStoryOptions<A> {
  /** A fixture feed the element reads (test/fixtures/, served at fixtures/). */
  feed: string;
  /** A fixture that does not exist, for the 404 (default missing.json). */
  missing?: string;
  /** For a one-item element: the arg naming the item (`story-id`), for the unknown-id error. */
  idArg?: keyof A & string;
  /** The element's usual content, for the locale, theme and page stories. */
  content: Partial<A>;
}

/** <html lang> and, as a right-to-left site's template would, <html dir>. */
export const inLocale = (code: string) => ({globals: {locale: code, dir: isRtlLang(code) ? 'rtl' : 'ltr'}});

/**
 * A dark host page: the elements inherit its text colour and draw on its background, as on
 * a city site with a dark theme. A wrapper of the story's own, so it shows on the docs page.
 */
const darkPage = (story: () => unknown) =>
  html`<div style="color-scheme: dark; background: #121212; color: #e8e8e8; padding: 1.5rem">${story()}</div>`;

const FORCED_COLORS =
  'Forced colours (Windows contrast themes) cannot be switched on from a page. To check this ' +
  'story: Chromium DevTools › More tools › Rendering › "Emulate CSS media feature ' +
  'forced-colors: active", or Windows Settings › Accessibility › Contrast themes. Every ' +
  'boundary, focus ring and selected state must stay visible in system colours.';

/** The note above, above the element (in the canvas) as well as on the docs page. */
const forcedColorsNote = (story: () => unknown) =>
  html`<p><small>${FORCED_COLORS}</small></p>
    ${story()}`;

export function sharedStories<A extends FeedArgs>({
  feed,
  missing = 'missing.json',
  idArg,
  content,
}: SharedStoryOptions<A>) {
  type S = StoryObj<A>;
  const decorator =
    (wrap: (story: () => unknown) => TemplateResult): Decorator<A> =>
    (story) =>
      wrap(story);
  const args = (a: Record<string, unknown>) => a as Partial<A>;
  // A static Storybook cannot serve a slow URL: this one never answers (see hangFetch).
  const hanging = fixture(`${feed}?loading`);
  return {
    /** The loading state, for as long as one looks: its feed never answers. */
    loading: {args: args({src: hanging, timeout: 86_400_000}), beforeEach: () => hangFetch(hanging)} satisfies S,
    errorNotFound: {args: args({src: fixture(missing)})} satisfies S,
    errorInvalidJson: {args: args({src: fixture('invalid.json')})} satisfies S,
    errorWrongShape: {args: args({src: fixture('wrong-shape.json')})} satisfies S,
    /** A one-item element asked for an id its feed lacks (empty for list elements). */
    errorUnknownId: {args: args(idArg ? {src: fixture(feed), [idArg]: 'no-such-item'} : {})} satisfies S,
    emptyFeed: {args: args({src: fixture('empty.json')})} satisfies S,
    /** One good item and four broken ones (each skipped with a console warning). */
    brokenItems: {args: args({src: fixture('contract.json')})} satisfies S,
    /** The element's usual content in a locale; see inLocale. */
    locale: (code: string) => ({args: content, ...inLocale(code)}) satisfies S,
    rtl: {args: content, globals: {dir: 'rtl'}} satisfies S,
    customTheme: {args: content, globals: {theme: 'custom'}} satisfies S,
    darkPage: {args: content, decorators: [decorator(darkPage)]} satisfies S,
    forcedColors: {
      args: content,
      decorators: [decorator(forcedColorsNote)],
      parameters: {docs: {description: {story: FORCED_COLORS}}},
    } satisfies S,
  };
}
