import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Idea} from '../src/content/types.js';
import {generateIdeas} from '../test/data/generate-ideas.js';
import {fixture, hangFetch} from './helpers.js';
import '../src/ideas-index/ideas-index.js';
import '../src/ideas-map/ideas-map.js';

/** The element's attributes by their HTML names; `ideas` is the property (an array). */
interface Args {
  ideas?: Idea[];
  src?: string;
  for?: string;
  label?: string;
  timeout?: number;
  'heading-level'?: number;
  /** The map's width, to see markers group and part (not an attribute). */
  width?: string;
  /** Actions from the manifest's `@fires`: they show in the Actions panel. */
  onCmCitySelect?: (event: Event) => void;
  onCmError?: (event: Event) => void;
}

type MapStory = StoryObj<Args>;

const ideasMap = (args: Args) =>
  html`<cm-ideas-map
    style=${ifDefined(args.width ? `display: block; max-inline-size: ${args.width}` : undefined)}
    src=${ifDefined(args.src)}
    for=${ifDefined(args.for)}
    label=${ifDefined(args.label)}
    timeout=${ifDefined(args.timeout)}
    heading-level=${ifDefined(args['heading-level'])}
    .ideas=${args.ideas}
    @cm-city-select=${args.onCmCitySelect}
    @cm-error=${args.onCmError}
  ></cm-ideas-map>`;

/** The seed's 33 real good ideas, every text in English and French (demo/content.json). */
const demo = 'demo/content.json';

/** 10,000 synthetic ideas over 300 real cities (see the index's stories for why not an arg). */
let manyIdeas: Idea[] | undefined;
const tenThousandIdeas = () => (manyIdeas ??= generateIdeas(10_000, 42));

const meta: Meta<Args> = {
  title: 'Elements/Ideas map',
  component: 'cm-ideas-map',
  render: (args) => ideasMap(args),
};
export default meta;

// Each French, Arabic or right-to-left twin says `tags: ['!autodocs']`: <html lang> and
// <html dir> are one per page, so on the docs page the last story rendered would switch
// every map. Names and tags are written out in each story because Storybook reads them
// from this source without running it.

// Content -------------------------------------------------------------------------------

export const DemoContent: MapStory = {
  name: 'From the demo content.json (33 ideas): choosing a city lists its ideas',
  args: {src: demo},
};
export const DemoContentFr: MapStory = {
  ...DemoContent,
  name: 'From the demo content.json (français)',
  globals: {locale: 'fr'},
  tags: ['!autodocs'],
};
export const DemoContentAr: MapStory = {
  ...DemoContent,
  name: 'From the demo content.json (العربية, right to left: arrow keys mirrored)',
  globals: {locale: 'ar', dir: 'rtl'},
  tags: ['!autodocs'],
};
export const DemoContentEs: MapStory = {
  ...DemoContent,
  name: 'From the demo content.json (español)',
  globals: {locale: 'es'},
  tags: ['!autodocs'],
};
export const DemoContentDe: MapStory = {
  ...DemoContent,
  name: 'From the demo content.json (Deutsch)',
  globals: {locale: 'de'},
  tags: ['!autodocs'],
};

export const Linked: MapStory = {
  name: 'Linked to an index (for): choosing a city filters the index',
  render: (args) =>
    html`${ideasMap({...args, for: 'story-index', src: demo})}
      <cm-ideas-index id="story-index" src=${demo} page-size="6" style="margin-block-start: 2rem"></cm-ideas-index>`,
};
export const LinkedFr: MapStory = {
  ...Linked,
  name: 'Linked to an index (français)',
  globals: {locale: 'fr'},
  tags: ['!autodocs'],
};

export const TenThousand: MapStory = {
  name: '10,000 generated ideas over 300 cities',
  render: (args) => ideasMap({...args, ideas: tenThousandIdeas()}),
};

export const TenThousandLinked: MapStory = {
  name: '10,000 generated ideas, linked to an index (type to re-filter the map)',
  render: (args) =>
    html`${ideasMap({...args, ideas: undefined, for: 'story-big-index'})}
      <cm-ideas-index id="story-big-index" .ideas=${tenThousandIdeas()} page-size="6"></cm-ideas-index>`,
};

export const FromFixtures: MapStory = {
  name: 'From the fixtures feed (ideas.json, 12 ideas)',
  args: {src: fixture('ideas.json')},
};

export const FromAttribute: MapStory = {
  name: 'From the ideas attribute (JSON), with a country code (Intl.DisplayNames names it)',
  render: (args) =>
    html`<cm-ideas-map
      heading-level=${ifDefined(args['heading-level'])}
      ideas=${JSON.stringify([
        {
          id: 'binam',
          title: 'BINAM',
          url: 'https://montreal.ca/',
          city: 'Montréal',
          country: 'CA',
          lat: 45.51,
          lng: -73.59,
        },
        {
          id: 'malmo',
          title: 'Language cafés',
          url: 'https://citiesofmigration.ca/',
          city: 'Malmö',
          country: 'SE',
          lat: 55.61,
          lng: 13,
        },
        {
          id: 'auckland',
          title: 'Welcoming Auckland',
          url: 'https://citiesofmigration.ca/',
          city: 'Auckland',
          country: 'NZ',
          lat: -36.85,
          lng: 174.76,
        },
      ])}
    ></cm-ideas-map>`,
};

// Widths ------------------------------------------------------------------------------------

export const Narrow: MapStory = {
  name: '320 px wide: nearby cities grouped ("Around Toronto, Canada: 13 cities, 15 ideas")',
  args: {src: demo, width: '320px'},
};

export const Wide: MapStory = {
  name: '1,600 px wide: groups part',
  args: {src: demo, width: '1600px'},
};

// What it cannot place --------------------------------------------------------------------

const unplaced: Idea[] = [
  {id: 't1', title: 'Mentoring', url: '/t1', city: 'Toronto', country: 'Canada', lat: 43.65, lng: -79.38},
  // Toronto is placed by its other idea: this one counts on the map too.
  {id: 't2', title: 'Housing first', url: '/t2', city: 'Toronto', country: 'Canada'},
  {id: 'x1', title: 'Somewhere', url: '/x1', city: 'Atlantis', country: 'Ocean'},
  {id: 'x2', title: 'Elsewhere', url: '/x2', city: 'El Dorado', country: 'Andes'},
];

export const Unplaced: MapStory = {
  name: 'Ideas without coordinates: counted under the map',
  args: {ideas: unplaced},
};
export const UnplacedAr: MapStory = {
  ...Unplaced,
  name: 'Ideas without coordinates (العربية)',
  globals: {locale: 'ar', dir: 'rtl'},
  tags: ['!autodocs'],
};

export const NothingToPlace: MapStory = {
  name: 'No idea has a place',
  args: {ideas: unplaced.slice(2)},
};

export const EmptyFeed: MapStory = {
  name: 'Empty feed',
  args: {src: fixture('empty.json')},
};

// Look ----------------------------------------------------------------------------------------

export const CustomTheme: MapStory = {
  name: 'Custom theme (--cm-* properties)',
  args: {src: demo},
  globals: {theme: 'custom'},
};

export const DarkPage: MapStory = {
  name: 'On a dark page (the land in the page’s text colour)',
  render: (args) =>
    html`<div style="background: #121212; color: #eee; padding: 1rem; color-scheme: dark">
      ${ideasMap({...args, src: demo})}
    </div>`,
};

export const HeadingLevel: MapStory = {
  name: 'Heading level 2 (the panel under the map)',
  args: {src: demo, 'heading-level': 2},
};

export const Label: MapStory = {
  name: 'Accessible name from label',
  args: {src: demo, label: 'Good ideas around the world'},
};

// Loading and errors ----------------------------------------------------------------------

const hanging = fixture('ideas.json?map-loading');

export const Loading: MapStory = {
  name: 'Loading (the map’s size, nothing moves when it arrives)',
  args: {src: hanging, timeout: 86_400_000},
  beforeEach: () => hangFetch(hanging),
};
export const LoadingFr: MapStory = {
  ...Loading,
  name: 'Loading (français)',
  globals: {locale: 'fr'},
  tags: ['!autodocs'],
};

export const ErrorNotFound: MapStory = {
  name: 'Error: feed not found (404)',
  args: {src: fixture('missing-ideas.json')},
};
export const ErrorNotFoundAr: MapStory = {
  ...ErrorNotFound,
  name: 'Error: feed not found (العربية)',
  globals: {locale: 'ar', dir: 'rtl'},
  tags: ['!autodocs'],
};

export const ErrorInvalidJson: MapStory = {
  name: 'Error: invalid JSON',
  args: {src: fixture('invalid.json')},
};

export const InvalidIdeasAttribute: MapStory = {
  name: 'Invalid attribute: ideas is not JSON',
  render: () => html`<cm-ideas-map ideas="[broken"></cm-ideas-map>`,
};

export const UnknownIndex: MapStory = {
  name: 'for names no index: its own ideas, and a console warning',
  args: {src: demo, for: 'no-such-index'},
};
