/**
 * A deterministic generator of synthetic good ideas, for tests and benchmarks: the same
 * `n` and `seed` always give the same ideas. Texts mix accented city names, several
 * languages' letters and realistic lengths, so search and folding are exercised as by
 * real data.
 */
import type {Idea} from '../../src/content/types.js';

const CITIES: [string, string, string][] = [
  ['Montréal', 'Canada', 'North America'],
  ['Toronto', 'Canada', 'North America'],
  ['Québec', 'Canada', 'North America'],
  ['São Paulo', 'Brazil', 'Latin America'],
  ['Bogotá', 'Colombia', 'Latin America'],
  ['München', 'Germany', 'Europe'],
  ['Köln', 'Germany', 'Europe'],
  ['Zürich', 'Switzerland', 'Europe'],
  ['Malmö', 'Sweden', 'Europe'],
  ['København', 'Denmark', 'Europe'],
  ['Kraków', 'Poland', 'Europe'],
  ['Łódź', 'Poland', 'Europe'],
  ['Barcelona', 'Spain', 'Europe'],
  ['Bilbao', 'Spain', 'Europe'],
  ['Utrecht', 'Netherlands', 'Europe'],
  ['Dublin', 'Ireland', 'Europe'],
  ['Lisboa', 'Portugal', 'Europe'],
  ['Athína', 'Greece', 'Europe'],
  ['Chicago', 'United States', 'North America'],
  ['Ciudad de México', 'Mexico', 'Latin America'],
  ['Melbourne', 'Australia', 'Oceania'],
  ['Auckland', 'New Zealand', 'Oceania'],
  ['Tōkyō', 'Japan', 'Asia'],
  ['Seoul', 'South Korea', 'Asia'],
  ['Cape Town', 'South Africa', 'Africa'],
  ['Nairobi', 'Kenya', 'Africa'],
];

const THEMES = [
  'Work',
  'Education',
  'Housing',
  'Health',
  'Language learning',
  'Civic participation',
  'Entrepreneurship',
  'Public space',
  'Welcoming',
  'Youth',
  'Women',
  'Refugees',
];

const VERBS = [
  'Connecting',
  'Welcoming',
  'Training',
  'Mentoring',
  'Housing',
  'Including',
  'Hiring',
  'Teaching',
  'Supporting',
  'Empowering',
];
const WHO = [
  'newcomers',
  'refugees',
  'young migrants',
  'immigrant women',
  'international students',
  'skilled immigrants',
  'families',
  'asylum seekers',
];
const HOW = [
  'through city hall',
  'with local employers',
  'in public libraries',
  'with neighbourhood associations',
  'through sport',
  'with faith communities',
  'in schools',
  'with community health centres',
];
const ORGS = [
  'City Council',
  'Public Library',
  'Chamber of Commerce',
  'Welcome Centre',
  'Foundation',
  'University',
  'Housing Authority',
  'Employment Office',
];

/** A small, fast, seedable PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateIdeas(n: number, seed = 42): Idea[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const ideas: Idea[] = [];
  for (let i = 0; i < n; i++) {
    const [city, country, region] = pick(CITIES);
    const themes = [...new Set([pick(THEMES), pick(THEMES)])].slice(0, 1 + Math.floor(next() * 2));
    const title = `${pick(VERBS)} ${pick(WHO)} ${pick(HOW)} in ${city}`;
    ideas.push({
      id: `idea-${i + 1}`,
      title,
      summary: `${city}'s ${pick(ORGS).toLowerCase()} works ${pick(HOW)} so that ${pick(WHO)} find ${themes[0].toLowerCase()} opportunities faster. Programme number ${i + 1}.`,
      url: `https://citiesofmigration.ca/good_idea/synthetic-${i + 1}/`,
      city,
      country,
      region,
      themes,
      organization: `${city} ${pick(ORGS)}`,
      year: 2000 + Math.floor(next() * 25),
    });
  }
  return ideas;
}
