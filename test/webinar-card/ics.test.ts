import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import {buildIcs, escapeText, foldLine, icsDateTime} from '../../src/webinar-card/ics.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses with ical.js and returns the one VEVENT. */
function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).to.have.length(1);
  return {calendar, event: events[0]};
}

const base = {
  uid: 'urban-resilience-1@example.org',
  title: 'Planning for Urban Resilience',
  start: new Date('2099-06-15T12:00:00Z'),
  end: new Date('2099-06-15T13:30:00Z'),
  stamp: new Date('2026-01-02T03:04:05Z'),
};

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf\rg')).to.equal('a\\,b\\;c\\\\d\\ne\\nf\\ng');
  });

  it('drops control characters that TEXT may not hold, keeping tabs', () => {
    expect(escapeText('a\u0000b\u0007c\td\u007f')).to.equal('abc\td');
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    const line75 = 'X'.repeat(75);
    expect(foldLine(line75)).to.equal(line75);
    expect(foldLine(line75 + 'Y')).to.equal(`${line75}\r\n Y`);
  });

  it('keeps every physical line within 75 octets without splitting a UTF-8 character', () => {
    const line = 'SUMMARY:' + 'Intégration à Montréal — 移民城市 🌍🏙️ '.repeat(12);
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).to.be.greaterThan(5);
    physical.forEach((p, i) => {
      expect(octets(p), `line ${i}`).to.be.at.most(75);
      expect(LONE_SURROGATE.test(p), `line ${i} splits a surrogate pair`).to.be.false;
      if (i > 0) expect(p[0], `line ${i}`).to.equal(' ');
    });
    // Unfolding (RFC 5545 §3.1) gives back the line exactly.
    expect(folded.replace(/\r\n /g, '')).to.equal(line);
    // Lines are filled: a fold happens only when the next character would not fit.
    physical.slice(0, -1).forEach((p, i) => {
      const next = [...physical[i + 1].slice(1)][0];
      expect(octets(p) + octets(next), `line ${i}`).to.be.greaterThan(75);
    });
  });
});

describe('buildIcs', () => {
  it('writes a VCALENDAR that ical.js reads back field for field', () => {
    const ics = buildIcs({
      ...base,
      description: 'Speakers: Zhixi Zhuang, Ryerson; Stacy Harwood\n\nhttps://citiesofmigration.ca/webinars/',
      url: 'https://citiesofmigration.ca/webinars/?a=1&b=2',
    });
    const {calendar, event} = parseEvent(ics);
    expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string').and.not.empty;
    expect(event.getFirstPropertyValue('uid')).to.equal('urban-resilience-1@example.org');
    expect(event.getFirstPropertyValue('summary')).to.equal('Planning for Urban Resilience');
    expect(event.getFirstPropertyValue('description')).to.equal(
      'Speakers: Zhixi Zhuang, Ryerson; Stacy Harwood\n\nhttps://citiesofmigration.ca/webinars/'
    );
    expect(event.getFirstPropertyValue('url')).to.equal('https://citiesofmigration.ca/webinars/?a=1&b=2');
    const vevent = new ICAL.Event(event);
    expect(vevent.startDate.toJSDate().toISOString()).to.equal('2099-06-15T12:00:00.000Z');
    expect(vevent.endDate.toJSDate().toISOString()).to.equal('2099-06-15T13:30:00.000Z');
    expect(vevent.startDate.zone?.tzid).to.equal('UTC');
    expect((event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString()).to.equal(
      '2026-01-02T03:04:05.000Z'
    );
  });

  it('uses CRLF line ends, UTC times and no line longer than 75 octets', () => {
    const title = 'Planifier des villes résilientes et inclusives : les leçons de Toronto, de Montréal; et d’ailleurs';
    const ics = buildIcs({...base, title, description: 'É'.repeat(300)});
    expect(ics.endsWith('\r\n')).to.be.true;
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(ics).to.contain('\r\nDTSTART:20990615T120000Z\r\n').and.contain('\r\nDTEND:20990615T133000Z\r\n');
    for (const line of ics.split('\r\n')) expect(octets(line), line).to.be.at.most(75);
    const {event} = parseEvent(ics);
    expect(event.getFirstPropertyValue('summary')).to.equal(title);
    expect(event.getFirstPropertyValue('description')).to.equal('É'.repeat(300));
  });

  it('keeps hostile text inert: no property can be injected through a line break', () => {
    const ics = buildIcs({
      ...base,
      title: 'Title\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Injected',
      description: 'a\nATTACH:https://evil.example/x',
      uid: 'id;x=1,\ny',
      url: 'https://example.org/a b\r\nX-EVIL:1',
    });
    const {event} = parseEvent(ics);
    expect(event.getFirstPropertyValue('summary')).to.equal('Title\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:Injected');
    expect(event.getFirstPropertyValue('description')).to.equal('a\nATTACH:https://evil.example/x');
    expect(event.getFirstPropertyValue('uid')).to.equal('id;x=1,\ny');
    expect(event.getAllProperties().map((p) => p.name)).to.have.members([
      'uid',
      'dtstamp',
      'dtstart',
      'dtend',
      'summary',
      'description',
      'url',
    ]);
    expect(event.getFirstPropertyValue('url')).to.equal('https://example.org/a%20b%0D%0AX-EVIL:1');
  });

  it('writes a whole-day event with DATE values', () => {
    const ics = buildIcs({...base, start: new Date('2099-06-15'), end: new Date('2099-06-16'), allDay: true});
    expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20990615\r\n').and.contain('\r\nDTEND;VALUE=DATE:20990616\r\n');
    const vevent = new ICAL.Event(parseEvent(ics).event);
    expect(vevent.startDate.isDate).to.be.true;
    expect(vevent.startDate.toString()).to.equal('2099-06-15');
    expect(vevent.endDate.toString()).to.equal('2099-06-16');
  });

  it('leaves out what it was not given', () => {
    const {event} = parseEvent(buildIcs(base));
    expect(event.hasProperty('description')).to.be.false;
    expect(event.hasProperty('url')).to.be.false;
  });

  it('formats UTC date-times', () => {
    expect(icsDateTime(new Date('2031-01-05T07:08:09.999Z'))).to.equal('20310105T070809Z');
  });
});
