/**
 * An iCalendar (RFC 5545) file for one event, built as a string without the DOM. Calendar
 * apps are strict about the details that are easy to get wrong: CRLF line ends, TEXT
 * escaping (RFC 5545 §3.3.11) and folding lines longer than 75 octets (§3.1) without cutting
 * a UTF-8 character in two.
 */

export interface CalendarEvent {
  /** Globally unique and stable for the event, so adding it twice updates it. */
  uid: string;
  title: string;
  description?: string;
  /** An absolute http(s) URL. */
  url?: string;
  start: Date;
  end: Date;
  /** A whole-day event: `start` and `end` are UTC midnights (`end` exclusive). */
  allDay?: boolean;
  /** When the file is made (DTSTAMP); now by default. */
  stamp?: Date;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other controls. */
export const escapeText = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex -- the control characters are what we remove
    .replace(/[\0-\b\v\f\x0e-\x1f\x7f]/g, '')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n');

/**
 * Folds one content line into physical lines of at most 75 octets (UTF-8), each
 * continuation starting with a space, never splitting a character.
 */
export function foldLine(line: string): string {
  let out = '';
  let size = 0;
  const encoder = new TextEncoder();
  for (const char of line) {
    const n = encoder.encode(char).length;
    if ((size += n) > 75) {
      out += '\r\n ';
      size = n + 1;
    }
    out += char;
  }
  return out;
}

/** A UTC DATE-TIME: `20310115T170000Z`. */
export const icsDateTime = (d: Date) => d.toISOString().replace(/-|:|\.\d+/g, '');

/** The whole `.ics` file: one VCALENDAR with one VEVENT, CRLF line ends. */
export function buildIcs({uid, title, description, url, start, end, allDay, stamp}: CalendarEvent): string {
  // A whole day is a DATE: the UTC calendar day `20310115`.
  const time = (name: string, d: Date) =>
    name + (allDay ? ';VALUE=DATE:' + icsDateTime(d).slice(0, 8) : ':' + icsDateTime(d));
  return (
    [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Cities of Migration//cm-widgets//EN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:' + escapeText(uid),
      'DTSTAMP:' + icsDateTime(stamp ?? new Date()),
      time('DTSTART', start),
      time('DTEND', end),
      'SUMMARY:' + escapeText(title),
      description && 'DESCRIPTION:' + escapeText(description),
      // A URI value is not TEXT: no backslash escaping, but it must hold no line break.
      url && 'URL:' + url.replace(/[\0- \x7f]/g, encodeURIComponent),
      'END:VEVENT',
      'END:VCALENDAR',
    ]
      .filter((line): line is string => !!line)
      .map(foldLine)
      .join('\r\n') + '\r\n'
  );
}
