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

const MAX_OCTETS = 75;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops other controls. */
export function escapeText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
  );
}

const octets = (codePoint: number) =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds one content line into physical lines of at most 75 octets (UTF-8), each
 * continuation starting with a space, never splitting a character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC DATE-TIME: `20310115T170000Z`. */
export function icsDateTime(d: Date): string {
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A DATE: `20310115` (the UTC calendar day). */
export function icsDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** The whole `.ics` file: one VCALENDAR with one VEVENT, CRLF line ends. */
export function buildIcs(event: CalendarEvent): string {
  const {allDay} = event;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Cities of Migration//cm-widgets//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.stamp ?? new Date())}`,
    allDay ? `DTSTART;VALUE=DATE:${icsDate(event.start)}` : `DTSTART:${icsDateTime(event.start)}`,
    allDay ? `DTEND;VALUE=DATE:${icsDate(event.end)}` : `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // A URI value is not TEXT: no backslash escaping, but it must hold no line break.
  if (event.url) lines.push(`URL:${event.url.replace(/[\u0000-\u0020\u007f]/g, (c) => encodeURIComponent(c))}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
