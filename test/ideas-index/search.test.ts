import {expect} from '@open-wc/testing';
import type {Idea} from '../../src/content/types.js';
import {fold} from '../../src/content/fold.js';
import {queryWords, SearchIndex, searchText} from '../../src/ideas-index/search.js';
import {cityKey} from '../../src/ideas-map/city-key.js';
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
  idea('a', {
    title: 'Intégration économique à Montréal',
    city: 'Montréal',
    themes: ['Work'],
    year: 2012,
    region: 'North America',
  }),
  idea('b', {
    title: 'Community health agents',
    city: 'São Paulo',
    country: 'Brazil',
    themes: ['Health'],
    year: 2016,
    region: 'Latin America',
  }),
  idea('c', {
    title: 'Straßenfest der Kulturen',
    city: 'München',
    country: 'Germany',
    themes: ['Public space'],
    year: 2010,
    region: 'Europe',
  }),
  idea('d', {
    title: 'Æblegården',
    city: 'Ærøskøbing',
    country: 'Denmark',
    themes: ['Welcoming', 'Refugees'],
    year: 2015,
    region: 'Europe',
  }),
  idea('e', {
    title: 'Language cafés in Łódź',
    city: 'Łódź',
    country: 'Poland',
    themes: ['Language learning'],
    region: 'Europe',
  }),
  idea('f', {
    title: 'Œuvres partagées',
    city: 'Lyon',
    country: 'France',
    themes: ['Public space', 'Youth'],
    year: 2014,
    region: 'Europe',
  }),
  idea('g', {
    title: 'Housing first',
    summary: 'Families housed fast',
    themes: ['Housing', 'Refugees'],
    year: 2019,
    organization: 'City of Toronto',
  }),
  idea('h', {
    title: 'Shared flats',
    summary: 'Housing for young migrants',
    city: 'Bilbao',
    country: 'Spain',
    themes: [{en: 'Housing', fr: 'Logement'}],
    year: 2017,
  }),
  idea('i', {
    title: 'Shelter',
    summary: 'Reintegration support',
    city: 'Utrecht',
    country: 'Netherlands',
    themes: ['housing'],
  }),
];

const ANY = {theme: -1, country: -1};
const buildIndex = (ideas: Idea[], lang = 'en') => new SearchIndex(ideas, lang);
const find = (index: SearchIndex, q: string, filters = ANY) =>
  index.search(queryWords(q), filters).ids.map((i) => IDEAS[i].id);

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
  it('splits on anything but letters and digits, and dedupes', () => {
    expect(queryWords('  Sao-Paulo, são  ')).to.deep.equal(['sao', 'paulo']);
    expect(queryWords('!!!')).to.deep.equal([]);
    expect(queryWords('a '.repeat(300) + Array.from({length: 300}, (_, i) => `w${i}`).join(' '))).to.have.length(100);
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
    const themes = index.facets.theme;
    expect(themes.keys).to.include('Housing').and.not.include('housing');
    const housing = themes.find('logement');
    expect(themes.keys[housing]).to.equal('Housing');
    expect(themes.labels[housing]).to.deep.equal({en: 'Housing', fr: 'Logement'});
    expect(themes.find('HOUSING')).to.equal(housing);
    expect(index.facets.country.find('nowhere')).to.equal(-1);
  });

  it('orders facet values by their labels in the page language', () => {
    const labels = (i: SearchIndex) => i.facets.country.order.map((id) => i.facets.country.keys[id]);
    const ideas = [idea('1', {country: 'Zambia'}), idea('2', {country: 'Åland'}), idea('3', {country: 'Austria'})];
    expect(labels(new SearchIndex(ideas, 'en'))).to.deep.equal(['Åland', 'Austria', 'Zambia']);
    expect(labels(new SearchIndex(ideas, 'sv'))).to.deep.equal(['Austria', 'Zambia', 'Åland']);
    // A page language Intl does not know falls back to the default collation.
    expect(labels(new SearchIndex(ideas, 'not a locale!'))).to.have.length(3);
  });

  it('counts each facet with the query and the other facets, in the same pass', () => {
    const housing = index.facets.theme.find('Housing');
    const refugees = index.facets.theme.find('Refugees');
    const canada = index.facets.country.find('Canada');
    const spain = index.facets.country.find('Spain');
    // No filter: counts over everything.
    let r = index.search([], ANY);
    expect(r.counts.theme[housing]).to.equal(3);
    expect(r.counts.country[canada]).to.equal(2);
    // Country Canada: theme counts narrow to Canada; country counts ignore the country filter.
    r = index.search([], {theme: -1, country: canada});
    expect(r.ids.map((i) => IDEAS[i].id)).to.deep.equal(['a', 'g']);
    expect(r.counts.theme[housing]).to.equal(1);
    expect(r.counts.theme[refugees]).to.equal(1);
    expect(r.counts.country[spain]).to.equal(1);
    // Theme Housing and the query "shared": only Bilbao; Canada would give 0.
    r = index.search(queryWords('shared'), {theme: housing, country: -1});
    expect(r.ids.map((i) => IDEAS[i].id)).to.deep.equal(['h']);
    expect(r.counts.country[canada]).to.equal(0);
    expect(r.counts.country[spain]).to.equal(1);
    // Filters combine with AND.
    expect(find(index, '', {theme: housing, country: canada})).to.deep.equal(['g']);
  });

  it('filters by city as the map groups them, and gives the map the results without the city filter', () => {
    const ideas = [
      idea('t1', {city: 'Toronto', themes: ['Housing']}),
      idea('t2', {city: 'TORONTO', themes: ['Work']}),
      idea('m1', {city: {en: 'Montreal', fr: 'Montréal'}, themes: ['Housing']}),
      idea('l1', {city: 'London', country: 'United Kingdom', themes: ['Housing']}),
    ];
    const index = buildIndex(ideas);
    const cities = index.facets.city;
    expect(cities.keys).to.deep.equal(['Toronto, Canada', 'Montreal, Canada', 'London, United Kingdom']);
    expect(cities.ids.get(cityKey(ideas[1]))).to.equal(0);
    expect(cities.find('montréal')).to.equal(1);
    expect(cities.find('London, United Kingdom')).to.equal(2);
    expect(cities.find('Paris')).to.equal(-1);
    const housing = index.facets.theme.find('Housing');
    const r = index.search([], {theme: housing, country: -1, city: 0});
    expect(r.ids.map((i) => ideas[i].id)).to.deep.equal(['t1']);
    // The map keeps every city that the other filters allow.
    expect(r.placed.map((i) => i.id)).to.deep.equal(['t1', 'm1', 'l1']);
    // The theme counts follow the city: Toronto has one Housing idea and one Work idea.
    expect(r.counts.theme[housing]).to.equal(1);
    expect(r.counts.theme[index.facets.theme.find('Work')]).to.equal(1);
  });

  it('keeps the list order (the feed’s own), wherever the words are found', () => {
    // "housing" is in h's summary and theme, in g's title, in i's theme.
    const reordered = [IDEAS[7], IDEAS[6], IDEAS[8]];
    const byId = buildIndex(reordered)
      .search(queryWords('housing'), ANY)
      .ids.map((i) => reordered[i].id);
    expect(byId).to.deep.equal(['h', 'g', 'i']);
  });

  it('searches every language of an idea, folded once per idea', () => {
    const shared = idea('s', {
      title: {en: 'Shared flats', fr: 'Appartements partagés'},
      themes: [{en: 'Housing', fr: 'Logement'}],
    });
    expect(searchText(shared)).to.equal(' shared flats appartements partages toronto canada housing logement ');
    expect(searchText(shared)).to.equal(searchText(shared));
    const index = buildIndex([shared], 'fr');
    expect(index.search(queryWords('logement appart'), ANY).ids).to.deep.equal([0]);
    expect(index.search(queryWords('housing shared'), ANY).ids).to.deep.equal([0]);
  });
});

describe('search while typing', () => {
  it('gives the same results when a query grows one letter at a time as when typed at once', () => {
    const ideas = generateIdeas(1500, 7);
    const typed = buildIndex(ideas);
    const query = 'welcoming refugees munchen';
    const steps = [...Array(query.length).keys()].map((i) => query.slice(0, i + 1));
    // Typed letter by letter, then deleted back (which widens the query again).
    for (const partial of [...steps, ...steps.reverse()]) {
      const words = queryWords(partial);
      const incremental = typed.search(words, ANY);
      // A fresh index has no earlier query to start from.
      const expected = buildIndex(ideas).search(words, ANY);
      expect(incremental, partial).to.deep.equal(expected);
    }
  });
});
