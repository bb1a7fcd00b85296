/** Localized texts shared by every element: loading and error states. */
import {msg, str} from '@lit/localize';
import type {FeedError} from '../content/feed.js';

export const loadingText = () => msg('Loading…', {desc: 'Announced while a feed loads.'});

export const retryText = () => msg('Retry', {desc: 'Button that loads a failed feed again.'});

export const invalidText = () =>
  msg('This content cannot be shown: some of its information is missing or invalid.', {
    desc: 'Shown when the content given in attributes or properties is unusable.',
  });

export const nothingText = () => msg('There is nothing to show yet.', {desc: 'Shown when a feed is valid but empty.'});

/**
 * A short text for visitors; the console error gives webmasters the technical detail.
 * An error that is not a FeedError (no `kind`) is a content problem (the network's are
 * FeedErrors): it is unreadable content, not a reason to check one's connection.
 */
export function feedErrorText(error: unknown): string {
  const {kind = 'json', status = 0} = (error ?? {}) as FeedError;
  return kind === 'timeout'
    ? msg('The content is taking too long to load.')
    : kind === 'http'
      ? msg(str`The content could not be loaded (error ${status}).`)
      : kind === 'network'
        ? msg('The content could not be loaded. Check your connection and try again.')
        : kind === 'not-found'
          ? msg('The requested item is not in the feed.')
          : msg('The content could not be read.');
}
