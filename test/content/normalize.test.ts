import {expect} from '@open-wc/testing';
import {
  normalizeAll,
  normalizeSliced,
  normalizeIdea,
  normalizeQuote,
  normalizeStory,
  normalizeWebinar,
  selectItems,
} from '../../src/content/normalize.js';

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
      'ignored "image" "data:image/svg+xml,<svg onload=alert(1)>": not an http(s) or relative URL (unsafe or invalid)',
    ]);
  });

  it('keeps localized text objects, cleaned, and ignores keys that are not language tags', () => {
    const story = normalizeStory(
      {title: {en: 'Two <i>cheers</i>', fr: 'Deux hourras', __proto__x: 'no', 'not a tag': 'no', de: 3}, url: '/s'},
      noWarn
    );
    expect(story).to.deep.equal({title: {en: 'Two cheers', fr: 'Deux hourras'}, url: '/s'});
  });

  it('ignores invalid dates (with a warning) and language tags', () => {
    const warnings: string[] = [];
    expect(
      normalizeStory({title: 'T', url: '/s', date: 'yesterday', lang: '<en>'}, (w) => warnings.push(w))
    ).to.deep.equal({
      title: 'T',
      url: '/s',
    });
    expect(warnings).to.deep.equal(['ignored "date" "yesterday": not an ISO 8601 date (2031-01-15T17:00:00-05:00)']);
  });

  it('caps huge texts', () => {
    const story = normalizeStory({title: 'x'.repeat(100_000), url: '/s'}, noWarn) as {title: string};
    expect(story.title.length).to.equal(5000);
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

  it('webinar: unknown kind warns, speakers are cleaned', () => {
    const warnings: string[] = [];
    const w = normalizeWebinar(
      {
        title: 'W',
        kind: 'live',
        durationMinutes: '60',
        speakers: ['Sarah Spencer', {name: 'Jan Braat', role: 'Advisor'}, {}, 5],
      },
      (m) => warnings.push(m)
    );
    expect(w).to.deep.equal({
      title: 'W',
      durationMinutes: 60,
      speakers: [{name: 'Sarah Spencer'}, {name: 'Jan Braat', role: 'Advisor'}],
    });
    expect(warnings).to.deep.equal(['ignored "kind" "live": not featured, video or archive']);
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
      themes: ['Work', '3'],
      year: 2015,
    });
    expect(warnings).to.deep.equal(['ignored "lat" 200: not a number from -90 to 90']);
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
          external_url: 'https://x.org',
          author: {name: 'Old'},
          language: 'fr',
        },
      ],
    };
    const items = normalizeAll(selectItems(feed, 'stories')!, normalizeStory, noWarn);
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
      {id: '2', title: 'B', summary: 'Sum', url: 'https://x.org', author: 'Old', lang: 'fr'},
    ]);
    expect(selectItems(feed, 'quotes')).to.equal(undefined);
  });
});

describe('normalizeAll', () => {
  it('keeps the good items and reports each skipped one with its index', () => {
    const reports: [number, string, boolean][] = [];
    const items = normalizeAll(
      [{title: 'A', url: '/a'}, {title: 'B'}, 'x', {title: 'C', url: '/c'}],
      normalizeStory,
      (i, p, s) => reports.push([i, p, s])
    );
    expect(items.map((s) => s.title)).to.deep.equal(['A', 'C']);
    expect(reports).to.deep.equal([
      [1, '"url" is missing', true],
      [2, 'it is not an object', true],
    ]);
  });
});

describe('normalizeSliced', () => {
  const raw = Array.from({length: 2500}, (_, i) =>
    i % 500 === 7 ? {title: 'no url'} : {title: `T${i}`, url: `/s/${i}`}
  );

  it('gives what normalizeAll gives, with the same reports, yielding between slices', async () => {
    const syncReports: number[] = [];
    const asyncReports: number[] = [];
    const expected = normalizeAll(raw, normalizeStory, (i) => syncReports.push(i));
    let finished = false;
    const pending = normalizeSliced(raw, normalizeStory, (i) => asyncReports.push(i));
    pending.then(() => (finished = true));
    for (let i = 0; i < 10; i++) await Promise.resolve();
    // Three slices need three tasks, and none runs in the caller's task.
    expect(finished, 'finished within the first task').to.be.false;
    expect(asyncReports, 'nothing done in the calling task').to.deep.equal([]);
    const actual = await pending;
    expect(actual).to.deep.equal(expected);
    expect(asyncReports).to.deep.equal(syncReports);
    expect(asyncReports).to.have.length(5);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const done = normalizeSliced(raw, normalizeStory, () => {}, controller.signal);
    controller.abort();
    const error = await done.catch((e: Error) => e);
    expect((error as Error).name).to.equal('AbortError');
  });
});
