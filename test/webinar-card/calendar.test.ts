import {expect} from '@open-wc/testing';
import {hasOffset, readDate} from '../../src/content/date.js';
import {calendarEvent, webinarTimes} from '../../src/webinar-card/calendar.js';

describe('webinar times and calendar events', () => {
  it('takes a timed webinar without a duration to last an hour, and a date alone as the whole day', () => {
    const timed = webinarTimes('2031-01-15T17:00:00-05:00');
    expect(timed.allDay).to.equal(false);
    expect(+timed.end - +timed.start).to.equal(60 * 60_000);
    expect(+webinarTimes('2031-01-15T17:00:00-05:00', 75).end - +timed.start).to.equal(75 * 60_000);
    const day = webinarTimes('2031-01-15');
    expect(day).to.deep.equal({
      start: new Date('2031-01-15T00:00:00Z'),
      end: new Date('2031-01-16T00:00:00Z'),
      allDay: true,
    });
  });

  it('knows a date-time without an offset (as the content layer read it)', () => {
    const offset = (value: string) => hasOffset(readDate(value)!);
    expect(offset('2031-01-15T17:00:00')).to.equal(false);
    expect(offset('2031-01-15T17:00:00Z')).to.equal(true);
    expect(offset('2031-01-15t17:00:00z')).to.equal(true);
    expect(offset('2031-01-15T17:00:00+0530')).to.equal(true);
    expect(offset('2031-01-15')).to.equal(true);
  });

  it('gives an event a UID stable across languages, from the id or else the title', () => {
    const times = webinarTimes('2031-01-15T17:00:00Z');
    const texts = {title: 'T', description: 'D', hostname: 'city.example'};
    const withId = calendarEvent({id: 'w1', title: 'T'}, times, texts);
    expect(withId.uid).to.equal(`w1-${(+times.start).toString(36)}@city.example`);
    const byTitle = calendarEvent({title: {en: 'Urban Resilience', fr: 'Résilience urbaine'}}, times, {
      ...texts,
      hostname: '',
    });
    expect(byTitle.uid).to.equal(`en-urban-resilience-fr-resilience-urbaine-${(+times.start).toString(36)}@cm-widgets`);
    expect(byTitle).to.include({title: 'T', description: 'D', allDay: false});
  });
});
