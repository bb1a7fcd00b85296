/**
 * A webinar's place in time and in the visitor's calendar, without the DOM: when it starts
 * and ends, whether it is still to come, and the calendar event that `buildIcs` writes.
 */
import {isCalendarDay} from '../content/date.js';
import {slug} from '../content/fold.js';
import type {Webinar} from '../content/types.js';
import type {CalendarEvent} from './ics.js';

export interface WebinarTimes {
  start: Date;
  /** Exclusive; a timed webinar without a duration is taken to last an hour. */
  end: Date;
  /** A date without a time: the whole calendar day. */
  allDay: boolean;
}

const MINUTE = 60_000;

/** When a webinar dated `iso` starts and ends. */
export function webinarTimes(iso: string, durationMinutes?: number): WebinarTimes {
  const allDay = isCalendarDay(iso);
  const start = new Date(iso);
  const minutes = allDay ? 24 * 60 : Math.round(durationMinutes ?? 0) || 60;
  return {start, end: new Date(+start + minutes * MINUTE), allDay};
}

export interface EventTexts {
  /** The title and description in the page language. */
  title: string;
  description: string;
  /** The webinar's page, absolute. */
  url?: string;
  /** The site's host name, which makes the event's UID unique to it. */
  hostname: string;
}

/**
 * The calendar event of a webinar. Its UID is stable across languages and visits (the
 * webinar's id, else its title in every language, and its start), so adding it twice
 * updates the event rather than duplicating it.
 */
export function calendarEvent(webinar: Webinar, times: WebinarTimes, texts: EventTexts): CalendarEvent {
  const id = webinar.id ?? slug(JSON.stringify(webinar.title), 'webinar');
  return {...times, ...texts, uid: `${id}-${(+times.start).toString(36)}@${texts.hostname || 'cm-widgets'}`};
}
