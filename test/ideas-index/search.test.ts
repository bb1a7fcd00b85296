import {expect} from '@open-wc/testing';
import type {Idea} from '../../src/content/types.js';
import {
  buildIndex,
  fold,
  highlightRanges,
  IndexBuilder,
  queryTokens,
  queryWords,
  search,
  type SearchIndex,
} from '../../src/ideas-index/search.js';
import {readUrlState, urlWithState} from '../../src/ideas-index/url-state.js';
import {generateIdeas} from '../data/generate-ideas.js';

const idea = (id: string, fields: Partial<Idea>): Idea => ({
  id,
  title: id,
  url: `/ideas/${id}`,
  city: 'Toronto',
  country: 'Canada',
  ...fields,
});

const IDEAS: Idea[] = [
  idea('a', {title: 'Intégration économique à Montréal', city: 'Montréal', themes: ['Work'], year: 2012, region: 'North America'}),
  idea('b', {title: 'Community health agents', city: 'São Paulo', country: 'Brazil', themes: ['Health'], year: 2016, region: 'Latin America'}),
  idea('c', {title: 'Straßenfest der Kulturen', city: 'München', country: 'Germany', themes: ['Public space'], year: 2010, region: 'Europe'}),
  idea('d', {title: 'Æblegården', city: 'Ærøskøbing', country: 'Denmark', themes: ['Welcoming', 'Refugees'], year: 2015, region: 'Europe'}),
  idea('e', {title: 'Language cafés in Łódź', city: 'Łódź', country: 'Poland', themes: ['Language learning'], region: 'Europe'}),
  idea('f', {title: 'Œuvres partagées', city: 'Lyon', country: 'France', themes: ['Public space', 'Youth'], year: 2014, region: 'Europe'}),
  idea('g', {title: 'Housing first', summary: 'Families housed fast', themes: ['Housing', 'Refugees'], year: 2019, organization: 'City of Toronto'}),
  idea('h', {title: 'Shared flats', summary: 'Housing for young migrants', city: 'Bilbao', country: 'Spain', themes: [{en: 'Housing', fr: 'Logement'}], year: 2017}),
  idea('i', {title: 'Shelter', summary: 'Reintegration support', city: 'Utrecht', country: 'Netherlands', themes: ['housing']}),
];

const titles = (index: SearchIndex, ids: number[]) => ids.map((i) => index.title[i].trim());
const find = (index: SearchIndex, q: string, extra = {}) =>
  search(index, {tokens: queryTokens(q), ...extra}).ids.map((i) => IDEAS[i].id);

describe('fold', () => {
  it('ignores case and accents, and spells out letters without decomposition', () => {
    expect(fold('Intégration MONTRÉAL')).to.equal('integration montreal');
    expect(fold('São Paulo')).to.equal('sao paulo');
    expect(fold('Straße ẞ')).to.equal('strasse ss');
    expect(fold('Æble Œuvre Ørsted Łódź Đakovo Þór')).to.equal('aeble oeuvre orsted lodz dakovo thor');
    expect(fold('ﬁn Ｔｏｋｙｏ')).to.equal('fin tokyo');
    // Already decomposed input (NFD) folds the same as composed (NFC).
    expect(fold('Montre\u0301al')).to.equal('montreal');
  });
});

describe('query words', () => {
  it('splits on anything but letters and digits, dedupes, and drops words another word extends', () => {
    expect(queryWords('  Sao-Paulo, são  ')).to.deep.equal(['sao', 'paulo']);
    expect(queryTokens('mont montreal integr')).to.deep.equal(['montreal', 'integr']);
    expect(queryTokens('!!!')).to.deep.equal([]);
  });
});

describe('search', () => {
  const index = buildIndex(IDEAS);

  it('needs every word, each as the start of a word, ignoring case and accents', () => {
    expect(find(index, 'integr mont')).to.deep.equal(['a']);
    expect(find(index, 'INTÉGR MONTRÉ')).to.deep.equal(['a']);
    expect(find(index, 'sao paulo')).to.deep.equal(['b']);
    expect(find(index, 'strasse')).to.deep.equal(['c']);
    expect(find(index, 'aeroskobing')).to.deep.equal(['d']);
    expect(find(index, 'ærø')).to.deep.equal(['d']);
    expect(find(index, 'lodz')).to.deep.equal(['e']);
    expect(find(index, 'oeuvres')).to.deep.equal(['f']);
    // Inside a word is not the start of a word: "reintegration" is no match for "integr".
    expect(find(index, 'integr')).to.deep.equal(['a']);
    expect(find(index, 'tegration')).to.deep.equal([]);
    expect(find(index, 'integr paulo')).to.deep.equal([]);
  });

  it('searches summary, city, country, region, themes and organization', () => {
    expect(find(index, 'families housed')).to.deep.equal(['g']);
    expect(find(index, 'brazil')).to.deep.equal(['b']);
    expect(find(index, 'latin')).to.deep.equal(['b']);
    expect(find(index, 'public spa')).to.deep.equal(['c', 'f']);
    expect(find(index, 'city of toronto')).to.deep.equal(['g']);
  });

  it('matches every idea for an empty query, in list order', () => {
    expect(find(index, '')).to.deep.equal(IDEAS.map((i) => i.id));
  });

  it('merges facet values that differ in case or translation, keyed by the English text', () => {
    expect(index.themeFacet.values.map((v) => v.key)).to.include('Housing').and.not.include('housing');
    const housing = index.themeFacet.find('logement');
    expect(index.themeFacet.values[housing].key).to.equal('Housing');
    expect(index.themeFacet.values[housing].label).to.deep.equal({en: 'Housing', fr: 'Logement'});
    expect(index.themeFacet.find('HOUSING')).to.equal(housing);
    expect(index.countryFacet.find('nowhere')).to.equal(-1);
  });

  it('counts each facet with the query and the other facets, in the same pass', () => {
    const housing = index.themeFacet.find('Housing');
    const refugees = index.themeFacet.find('Refugees');
    const canada = index.countryFacet.find('Canada');
    const spain = index.countryFacet.find('Spain');
    // No filter: counts over everything.
    let r = search(index, {tokens: []});
    expect(r.themeCounts[housing]).to.equal(3);
    expect(r.countryCounts[canada]).to.equal(2);
    // Country Canada: theme counts narrow to Canada; country counts ignore the country filter.
    r = search(index, {tokens: [], country: canada});
    expect(r.ids.map((i) => IDEAS[i].id)).to.deep.equal(['a', 'g']);
    expect(r.themeCounts[housing]).to.equal(1);
    expect(r.themeCounts[refugees]).to.equal(1);
    expect(r.countryCounts[spain]).to.equal(1);
    // Theme Housing and the query "shared": only Bilbao; Canada would give 0.
    r = search(index, {tokens: queryTokens('shared'), theme: housing});
    expect(r.ids.map((i) => IDEAS[i].id)).to.deep.equal(['h']);
    expect(r.countryCounts[canada]).to.equal(0);
    expect(r.countryCounts[spain]).to.equal(1);
    // Filters combine with AND.
    r = search(index, {tokens: [], theme: housing, country: canada});
    expect(r.ids.map((i) => IDEAS[i].id)).to.deep.equal(['g']);
  });

  it('counts regions and filters by region', () => {
    const europe = index.regionFacet.find('europe');
    const r = search(index, {tokens: [], region: europe});
    expect(r.ids.map((i) => IDEAS[i].id)).to.deep.equal(['c', 'd', 'e', 'f']);
    expect(r.regionCounts[europe]).to.equal(4);
    expect(r.regionCounts[index.regionFacet.find('Latin America')]).to.equal(1);
  });

  it('sorts by relevance (title matches first), title in the page language, and newest year', () => {
    // "housing" is in the titles of g, in h's summary and theme, in i's theme.
    expect(find(index, 'housing')).to.deep.equal(['g', 'h', 'i']);
    expect(find(index, 'refugees', {sort: 'relevance'})).to.deep.equal(['d', 'g']);
    const swedish = buildIndex([idea('1', {title: 'Zebra'}), idea('2', {title: 'Åland'}), idea('3', {title: 'apple'})], 'sv');
    expect(titles(swedish, search(swedish, {tokens: [], sort: 'title'}).ids)).to.deep.equal(['apple', 'zebra', 'aland']);
    const english = buildIndex([idea('1', {title: 'Zebra'}), idea('2', {title: 'Åland'}), idea('3', {title: 'apple'})], 'en');
    expect(titles(english, search(english, {tokens: [], sort: 'title'}).ids)).to.deep.equal(['aland', 'apple', 'zebra']);
    const newest = search(index, {tokens: [], sort: 'newest'}).ids.map((i) => IDEAS[i].year ?? null);
    expect(newest).to.deep.equal([2019, 2017, 2016, 2015, 2014, 2012, 2010, null, null]);
  });

  it('builds the same index in slices as at once, and searches what is ready meanwhile', () => {
    const ideas = generateIdeas(3000, 7);
    const whole = buildIndex(ideas);
    const builder = new IndexBuilder(ideas, 'en');
    let clock = 0;
    // A clock that moves 1 ms per read: every slice stops early.
    const now = () => clock++;
    let slices = 0;
    while (!builder.step(clock + 3, now)) {
      slices++;
      const partial = search(builder.index, {tokens: ['in']});
      expect(partial.ids.every((i) => i < builder.index.size)).to.be.true;
    }
    expect(slices).to.be.greaterThan(10);
    const q = {tokens: queryTokens('mentoring ref'), sort: 'title' as const};
    expect(search(builder.index, q)).to.deep.equal(search(whole, q));
    expect(builder.index.byNewest).to.deep.equal(whole.byNewest);
  });
});

describe('highlightRanges', () => {
  const cut = (text: string, q: string) => highlightRanges(text, queryWords(q)).map(([s, e]) => text.slice(s, e));

  it('gives the matched start of each word, as written', () => {
    expect(cut('Intégration économique à Montréal', 'integr mont')).to.deep.equal(['Intégr', 'Mont']);
    expect(cut('São Paulo', 'sao paulo')).to.deep.equal(['São', 'Paulo']);
    expect(cut('Straßenfest', 'strasse')).to.deep.equal(['Straße']);
    expect(cut('Ærøskøbing', 'aero')).to.deep.equal(['Ærø']);
    expect(cut('Montre\u0301al', 'montre')).to.deep.equal(['Montre\u0301']);
    expect(cut('Reintegration', 'integr')).to.deep.equal([]);
    expect(cut('Housing and houses', 'hous housing')).to.deep.equal(['Housing', 'hous']);
  });
});

describe('URL state', () => {
  const base = 'https://example.org/page?lang=fr&utm_source=a%20b&flag#section-2';

  it('adds its parameters after the page’s own, leaving those and the hash as written', () => {
    const url = urlWithState(base, {query: 'são paulo', theme: 'Housing & Work', country: '', region: '', sort: ''});
    expect(url).to.equal('https://example.org/page?lang=fr&utm_source=a%20b&flag&cm-q=s%C3%A3o+paulo&cm-theme=Housing+%26+Work#section-2');
    expect(readUrlState(url)).to.deep.equal({query: 'são paulo', theme: 'Housing & Work', country: '', region: '', sort: ''});
    expect(urlWithState(url, {query: '', theme: '', country: '', region: '', sort: ''})).to.equal(base);
  });

  it('says when a URL holds no state of ours', () => {
    expect(readUrlState(base)).to.equal(undefined);
    expect(readUrlState('https://example.org/?cm-country=Canada')).to.deep.equal({query: '', theme: '', country: 'Canada', region: '', sort: ''});
    expect(readUrlState('https://example.org/?cm-q=%E0%A4%A')?.query).to.equal('%E0%A4%A');
  });
});

describe('search while typing', () => {
  it('gives the same results when a query grows one letter at a time as when typed at once', () => {
    const ideas = generateIdeas(1500, 7);
    const typed = buildIndex(ideas);
    const reference = buildIndex(ideas);
    // A query with no words in between: the reference never narrows from a previous one.
    const atOnce = (tokens: string[], sort: 'relevance' | 'title' | 'newest') => {
      search(reference, {tokens: [], sort});
      return search(reference, {tokens, sort});
    };
    const query = 'welcoming refugees munchen';
    for (const sort of ['relevance', 'title', 'newest'] as const) {
      const steps = [...Array(query.length).keys()].map((i) => query.slice(0, i + 1));
      // Typed letter by letter, then deleted back (which widens the query again).
      for (const partial of [...steps, ...steps.reverse()]) {
        const tokens = queryTokens(partial);
        const incremental = search(typed, {tokens, sort});
        const expected = atOnce(tokens, sort);
        expect([...incremental.ids], `${sort} "${partial}"`).to.deep.equal([...expected.ids]);
        expect([...incremental.countryCounts]).to.deep.equal([...expected.countryCounts]);
        expect([...incremental.themeCounts]).to.deep.equal([...expected.themeCounts]);
      }
    }
  });
});
