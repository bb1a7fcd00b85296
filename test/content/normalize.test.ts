import {expect} from '@open-wc/testing';
import {
  IDEA,
  normalize,
  normalizeItems,
  QUOTE,
  quoted,
  selectItems,
  STORIES,
  STORY,
  unquote,
  WEBINAR,
  type Warn,
} from '../../src/content/normalize.js';

const normalizeStory = (raw: unknown, warn: Warn) => normalize(raw, STORY, warn);
const normalizeQuote = (raw: unknown, warn: Warn) => normalize(raw, QUOTE, warn);
const normalizeWebinar = (raw: unknown, warn: Warn) => normalize(raw, WEBINAR, warn);
const normalizeIdea = (raw: unknown, warn: Warn) => normalize(raw, IDEA, warn);
const noReport = () => {
  throw new Error('unexpected report');
};

const noWarn = () => {
  throw new Error('unexpected warning');
};

describe('normalizeStory', () => {
  it('keeps a good story and reduces markup to text', () => {
    expect(
      normalizeStory(
        {
          id: 7,
          title: '<b>Toronto</b> &amp; more',
          url: '/s',
          summary: '<p>A</p><p>B</p>',
          date: '2019-01-02',
          extra: 1,
        },
        noWarn
      )
    ).to.deep.equal({id: '7', title: 'Toronto & more', url: '/s', summary: 'A B', date: '2019-01-02'});
  });

  it('says why a story is skipped', () => {
    expect(normalizeStory({url: '/s'}, noWarn)).to.equal('"title" is missing');
    expect(normalizeStory({title: 'T'}, noWarn)).to.equal('"url" is missing');
    expect(normalizeStory({title: 'T', url: 'javascript:alert(1)'}, noWarn)).to.match(/"url" is not an http/);
    expect(normalizeStory(null, noWarn)).to.equal('it is not an object');
    expect(normalizeStory([1], noWarn)).to.equal('it is not an object');
    expect(normalizeStory({title: '<img src=x>', url: '/s'}, noWarn)).to.equal('"title" is missing');
  });

  it('drops an unsafe optional URL with a warning and keeps the story', () => {
    const warnings: string[] = [];
    const story = normalizeStory({title: 'T', url: '/s', image: 'data:image/svg+xml,<svg onload=alert(1)>'}, (w) =>
      warnings.push(w)
    );
    expect(story).to.deep.equal({title: 'T', url: '/s'});
    expect(warnings).to.deep.equal([
      'ignored "image" "data:image/svg+xml,<svg onload=alert(1)>": not an http(s) or relative URL',
    ]);
  });

  it('keeps localized text objects, cleaned, and ignores keys that are not language tags, with a warning each', () => {
    const warnings: [string, string?][] = [];
    const story = normalizeStory(
      {title: {en: 'Two <i>cheers</i>', fr: 'Deux hourras', __proto__x: 'no', 'not a tag': 'no', de: 3}, url: '/s'},
      (w, path) => warnings.push([w, path])
    );
    expect(story).to.deep.equal({title: {en: 'Two cheers', fr: 'Deux hourras'}, url: '/s'});
    expect(warnings).to.deep.equal([
      ['ignored "__proto__x" of "title": not a language tag', 'title.__proto__x'],
      ['ignored "not a tag" of "title": not a language tag', 'title["not a tag"]'],
      ['ignored "de" of "title" 3: not a text', 'title.de'],
    ]);
  });

  it('ignores invalid dates and language tags, with a warning each', () => {
    const warnings: string[] = [];
    expect(
      normalizeStory({title: 'T', url: '/s', date: 'yesterday', lang: '<en>'}, (w) => warnings.push(w))
    ).to.deep.equal({
      title: 'T',
      url: '/s',
    });
    expect(warnings).to.deep.equal([
      'ignored "date" "yesterday": not an ISO 8601 date (2031-01-15T17:00:00-05:00)',
      'ignored "lang" "<en>": not a language tag',
    ]);
  });

  it('reads dates as every browser would, strictly: only days that exist, written the one way all engines read', () => {
    const date = (value: unknown) =>
      (normalizeStory({title: 'T', url: '/s', date: value}, () => {}) as {date?: string}).date;
    expect(date('2018-12-10')).to.equal('2018-12-10');
    expect(date('2018-12-10 09:30')).to.equal('2018-12-10T09:30');
    expect(date('2018-12-10t09:30:05.1234z')).to.equal('2018-12-10T09:30:05.123Z');
    expect(date('2018-12-10T09:30:00+0530')).to.equal('2018-12-10T09:30:00+05:30');
    expect(date('2020-02-29')).to.equal('2020-02-29');
    for (const bad of [
      '2018-12-10 (Monday)',
      '2018-02-30',
      '2019-02-29',
      '1900-02-29',
      '2018-12-10T24:00',
      '2018-1-1',
    ]) {
      expect(date(bad), bad).to.equal(undefined);
    }
  });

  it('reads numbers and ids strictly: plain decimal digits, whole years and ids', () => {
    const warnings: string[] = [];
    const idea = (fields: object) =>
      normalizeIdea({id: 'a', title: 'T', url: '/i', city: 'C', country: 'K', ...fields}, (w) => warnings.push(w));
    expect(idea({year: '2012', lat: '-45.5', lng: 73})).to.include({year: 2012, lat: -45.5, lng: 73});
    expect(idea({year: 2012.5, lat: ' 45', lng: '0x10'})).to.not.have.any.keys('year', 'lat', 'lng');
    expect(warnings).to.deep.equal([
      'ignored "year" 2012.5: not a whole number from 1000 to 9999',
      'ignored "lat" " 45": not a number from -90 to 90',
      'ignored "lng" "0x10": not a number from -180 to 180',
    ]);
    expect(idea({id: 1e21})).to.equal('"id" is not a whole number up to 9007199254740991');
    expect(idea({id: 1.5})).to.match(/^"id" is not a whole number/);
    expect(idea({id: 42})).to.include({id: '42'});
    expect(normalizeStory({title: 1984, url: '/s'}, noWarn)).to.equal('"title" is not a text');
  });

  it('cuts huge texts and ids on a character boundary, with a warning', () => {
    const warnings: string[] = [];
    const story = normalizeStory({title: 'x'.repeat(100_000), url: '/s', id: 'i'.repeat(300)}, (w) =>
      warnings.push(w)
    ) as {title: string; id: string};
    expect(story.title.length).to.equal(5000);
    expect(story.title.endsWith('x…')).to.equal(true);
    expect(story.id.length).to.equal(200);
    expect(warnings).to.deep.equal([
      'cut "title": a text is at most 5000 characters',
      'cut "id": an id is at most 200 characters',
    ]);
    // 5,001 characters outside the Basic Multilingual Plane: never half of one.
    const astral = normalizeStory({title: '😀'.repeat(5001), url: '/s'}, () => {}) as {title: string};
    expect([...astral.title]).to.have.length(5000);
    expect(astral.title.endsWith('😀…')).to.equal(true);
    // 5,000 of them is 10,000 UTF-16 units, but 5,000 characters: kept whole.
    expect((normalizeStory({title: '😀'.repeat(5000), url: '/s'}, noWarn) as {title: string}).title).to.have.length(
      10_000
    );
  });
});

describe('the other normalizers', () => {
  it('quote: text and author required', () => {
    expect(normalizeQuote({text: 'Q', author: 'A', city: 'Helsinki'}, noWarn)).to.deep.equal({
      text: 'Q',
      author: 'A',
      city: 'Helsinki',
    });
    expect(normalizeQuote({text: 'Q'}, noWarn)).to.equal('"author" is missing');
  });

  it('webinar: unknown kind warns, speakers are cleaned, each one left out named', () => {
    const warnings: [string, string?][] = [];
    const w = normalizeWebinar(
      {
        title: 'W',
        kind: 'live',
        durationMinutes: '60',
        speakers: ['Sarah Spencer', {name: 'Jan Braat', role: 'Advisor', organization: 7}, {}, 5],
      },
      (m, path) => warnings.push([m, path])
    );
    expect(w).to.deep.equal({
      title: 'W',
      durationMinutes: 60,
      speakers: [{name: 'Sarah Spencer'}, {name: 'Jan Braat', role: 'Advisor'}],
    });
    expect(warnings).to.deep.equal([
      ['ignored "kind" "live": not featured, video or archive', 'kind'],
      ['in #2 of "speakers": ignored "organization" 7: not a text', 'speakers[1].organization'],
      ['ignored #3 of "speakers" {}: "name" is missing', 'speakers[2]'],
      ['ignored #4 of "speakers" 5: it is not an object', 'speakers[3]'],
    ]);
  });

  it('webinar: a poster on the video host is refused; a date-time without an offset is kept, with a warning', () => {
    const warnings: string[] = [];
    const w = normalizeWebinar(
      {title: 'W', poster: '//i.ytimg.com/vi/aBcD3fG_i-k/hqdefault.jpg', date: '2031-01-15 17:00'},
      (m) => warnings.push(m)
    );
    expect(w).to.deep.equal({title: 'W', date: '2031-01-15T17:00'});
    expect(warnings).to.deep.equal([
      'ignored "poster" "//i.ytimg.com/vi/aBcD3fG_i-k/hqdefault.jpg": on the video host, which would see visitors before play',
      '"date" "2031-01-15 17:00" has no time zone offset: visitors read it in their own zone',
    ]);
    expect(normalizeWebinar({title: 'W', poster: '/p.jpg', date: '2031-01-15'}, noWarn)).to.deep.equal({
      title: 'W',
      poster: '/p.jpg',
      date: '2031-01-15',
    });
  });

  it('idea: id, title, url, city and country required; numbers checked', () => {
    const idea = {
      id: 'a',
      title: 'T',
      url: '/i',
      city: 'Montréal',
      country: 'Canada',
      themes: ['Work', 3, null],
      year: 2015,
      lat: 200,
    };
    const warnings: string[] = [];
    expect(normalizeIdea(idea, (w) => warnings.push(w))).to.deep.equal({
      id: 'a',
      title: 'T',
      url: '/i',
      city: 'Montréal',
      country: 'Canada',
      themes: ['Work'],
      year: 2015,
    });
    expect(warnings).to.deep.equal([
      'ignored #2 of "themes" 3: not a text',
      'ignored #3 of "themes" null: not a text',
      'ignored "lat" 200: not a number from -90 to 90',
    ]);
    expect(normalizeIdea({...idea, country: undefined}, noWarn)).to.equal('"country" is missing');
    warnings.length = 0;
    normalizeIdea({...idea, lat: undefined, themes: 'Work'}, (w) => warnings.push(w));
    expect(warnings).to.deep.equal(['ignored "themes" "Work": not a list of themes']);
  });
});

describe('selectItems', () => {
  it('takes a bare array or the array under the kind', () => {
    expect(selectItems([1, 2], 'stories')).to.deep.equal([1, 2]);
    expect(selectItems({stories: [1], quotes: [2]}, 'quotes')).to.deep.equal([2]);
  });

  it('gives undefined for a wrong shape', () => {
    expect(selectItems({stories: 'x'}, 'stories')).to.equal(undefined);
    expect(selectItems({quotes: []}, 'stories')).to.equal(undefined);
    expect(selectItems('[]', 'stories')).to.equal(undefined);
    expect(selectItems(null, 'stories')).to.equal(undefined);
  });

  it('reads a JSON Feed as stories', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      items: [
        {
          id: '1',
          title: 'A',
          content_text: 'Text',
          url: '/a',
          image: '/a.jpg',
          date_published: '2020-01-01T00:00:00Z',
          authors: [{name: 'Ann'}, {name: 'Bob'}],
        },
        {
          id: '2',
          title: 'B',
          summary: 'Sum',
          content_text: 'ignored',
          url: '/b',
          // JSON Feed 1.0's fields are not read.
          external_url: 'https://x.org',
          banner_image: '/banner.jpg',
          author: {name: 'Old'},
          language: 'fr',
        },
      ],
    };
    const items = normalizeItems(selectItems(feed, 'stories')!, STORIES, {label: 'the feed'}, noReport);
    expect(items).to.deep.equal([
      {
        id: '1',
        title: 'A',
        summary: 'Text',
        url: '/a',
        image: '/a.jpg',
        date: '2020-01-01T00:00:00Z',
        author: 'Ann',
        lang: 'en',
      },
      {id: '2', title: 'B', summary: 'Sum', url: '/b', lang: 'fr'},
    ]);
    expect(selectItems(feed, 'quotes')).to.equal(undefined);
  });

  it('reads an empty JSON Feed field as absent, names the JSON Feed field in warnings, and needs an items list', () => {
    const version = 'https://jsonfeed.org/version/1.1';
    const item = {title: 'A', url: '/x', image: '', summary: '', content_text: 'Text', date_published: 'May'};
    const reports: [string, string][] = [];
    const items = normalizeItems(
      selectItems({version, items: [item, {title: 'B', url: '/b', authors: ['Ann']}]}, 'stories')!,
      STORIES,
      {label: 'the feed'},
      (message, _, __, path) => reports.push([message, path])
    );
    expect(items).to.deep.equal([
      {title: 'A', url: '/x', summary: 'Text'},
      {title: 'B', url: '/b'},
    ]);
    expect(reports).to.deep.equal([
      [
        'in story #1 of the feed: ignored "date_published" "May": not an ISO 8601 date (2031-01-15T17:00:00-05:00).',
        'date_published',
      ],
      ['in story #2 of the feed: ignored "authors[0]" "Ann": not an author object.', 'authors[0]'],
    ]);
    // A string is not a list of authors: its first character has no name to read.
    expect(
      normalizeItems(
        selectItems({version, items: [{title: 'C', url: '/c', authors: 'Ann'}]}, 'stories')!,
        STORIES,
        {label: ''},
        noReport
      )
    ).to.deep.equal([{title: 'C', url: '/c'}]);
    expect(selectItems({version, title: 'No items'}, 'stories')).to.equal(undefined);
  });
});

describe('normalizeItems', () => {
  it('keeps the good items and reports each skipped one with its index, in the words of the console', () => {
    const reports: [string, number, boolean, string][] = [];
    const items = normalizeItems(
      [{title: 'A', url: '/a'}, {title: 'B'}, 'x', {title: 'C', url: '/c', image: 'javascript:x'}],
      STORIES,
      {label: 'the feed "/f.json"'},
      (message, index, skipped, path) => reports.push([message, index, skipped, path])
    );
    expect(items.map((s) => s.title)).to.deep.equal(['A', 'C']);
    expect(reports).to.deep.equal([
      ['skipped story #2 of the feed "/f.json": "url" is missing.', 1, true, 'url'],
      ['skipped story #3 of the feed "/f.json": it is not an object.', 2, true, ''],
      [
        'in story #4 of the feed "/f.json": ignored "image" "javascript:x": not an http(s) or relative URL.',
        3,
        false,
        'image',
      ],
    ]);
  });

  it('gives a skipped item one message, its reason, even when other fields had problems', () => {
    const reports: string[] = [];
    normalizeItems([{title: 'x'.repeat(6000), image: 'javascript:x'}], STORIES, {label: 'the feed'}, (message) =>
      reports.push(message)
    );
    expect(reports).to.deep.equal(['skipped story #1 of the feed: "url" is missing.']);
  });

  it('names fields as the user wrote them (attributes), from the first message', () => {
    const reports: string[] = [];
    normalizeItems(
      [{title: 'T', url: 'javascript:alert(1)'}],
      STORIES,
      {label: 'its attributes', names: {title: 'heading', url: 'href'}},
      (message) => reports.push(message)
    );
    expect(reports).to.deep.equal(['skipped story #1 of its attributes: "href" is not an http(s) or relative URL.']);
  });
});

describe('quoted', () => {
  it('quotes a value for a warning, and never throws whatever an app assigned', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(quoted('x'.repeat(200))).to.have.length(80);
    expect(quoted(12n)).to.equal('a bigint');
    expect(quoted(circular)).to.equal('a object');
    expect(quoted(getter)).to.equal('a object');
    expect(quoted(undefined)).to.equal('a undefined');
    const warnings: string[] = [];
    expect(normalizeStory({title: 'T', url: '/s', date: 5n}, (w) => warnings.push(w))).to.deep.equal({
      title: 'T',
      url: '/s',
    });
    expect(warnings[0]).to.match(/^ignored "date" a bigint: not an ISO 8601 date/);
  });
});

describe('unquote', () => {
  it('takes away the quotation marks around a quote in any language, but not a lone apostrophe', () => {
    expect(unquote('“Diversity is our strength.”')).to.equal('Diversity is our strength.');
    expect(unquote('« Oui »')).to.equal('Oui');
    expect(unquote('„Ja“')).to.equal('Ja');
    expect(unquote(`"'Nested'"`)).to.equal('Nested');
    expect(unquote('’Tis the season')).to.equal('’Tis the season');
    expect(unquote("the parents'")).to.equal("the parents'");
    expect(unquote('""')).to.equal('');
    expect(normalizeQuote({text: '“ ”', author: 'A'}, noWarn)).to.equal('"text" is missing');
  });
});

describe('selectItems and hostile documents', () => {
  it('reads a JSON Feed whose version is nested deeply as a wrong shape, without overflowing', () => {
    let version: unknown = 'https://jsonfeed.org/version/1.1';
    for (let i = 0; i < 100_000; i++) version = [version];
    expect(selectItems({version, items: []}, 'stories')).to.equal(undefined);
  });
});
