import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {inLocale, sharedStories} from './factories.js';
import {fixture} from './helpers.js';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Idea} from '../src/content/types.js';
import {urlWithState} from '../src/controllers/url-state.js';

const URL_PARAMS = ['cm-q', 'cm-theme', 'cm-country'];
import {generateIdeas} from '../test/data/generate-ideas.js';
import '../src/ideas-index/ideas-index.js';

/** The element's attributes by their HTML names; `ideas` is the property (an array). */
interface Args {
  ideas?: Idea[];
  src?: string;
  query?: string;
  theme?: string;
  country?: string;
  'sync-url'?: boolean;
  'page-size'?: number;
  timeout?: number;
  'heading-level'?: number;
  /** Actions from the manifest's `@fires`: they show in the Actions panel. */
  onCmFilterChange?: (event: Event) => void;
  onCmError?: (event: Event) => void;
}

type IdeasStory = StoryObj<Args>;

const ideasIndex = (args: Args, children: unknown = nothing) =>
  html`<cm-ideas-index
    src=${ifDefined(args.src)}
    query=${ifDefined(args.query)}
    theme=${ifDefined(args.theme)}
    country=${ifDefined(args.country)}
    ?sync-url=${args['sync-url']}
    page-size=${ifDefined(args['page-size'])}
    timeout=${ifDefined(args.timeout)}
    heading-level=${ifDefined(args['heading-level'])}
    .ideas=${args.ideas}
    @cm-filter-change=${args.onCmFilterChange}
    @cm-error=${args.onCmError}
    >${children}</cm-ideas-index
  >`;

/** The seed's 33 real good ideas, every text in English and French (demo/content.json). */
const demo = 'demo/content.json';

/**
 * 10,000 synthetic ideas from the tests' deterministic generator (same seed, same ideas).
 * Made on first use and kept, and passed by the render function rather than as an arg:
 * args travel to the manager and fill the Controls panel, which 10,000 objects would stall.
 */
let manyIdeas: Idea[] | undefined;
const tenThousandIdeas = () => (manyIdeas ??= generateIdeas(10_000, 42));

/** Removes the element's `cm-*` parameters from this frame's URL, keeping Storybook's own. */
const clearUrlState = () =>
  history.replaceState(history.state, '', urlWithState(location.href, URL_PARAMS, ['', '', '']));

const shared = sharedStories<Args>({
  feed: 'ideas.json',
  missing: 'missing-ideas.json',
  content: {src: demo, query: 'city', 'page-size': 6},
});

const meta: Meta<Args> = {
  title: 'Elements/Ideas index',
  component: 'cm-ideas-index',
  render: (args) => ideasIndex(args),
};
export default meta;

// Each French twin below says `tags: ['!autodocs']`: <html lang> is one per page, so on the
// docs page the last story rendered would switch every index. Names and tags are written
// out in each story because Storybook reads them from this source without running it.

// Content -------------------------------------------------------------------------------

export const DemoContent: IdeasStory = {
  name: 'From the demo content.json (33 ideas)',
  args: {src: demo},
};
export const DemoContentFr: IdeasStory = {
  ...DemoContent,
  name: 'From the demo content.json (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const TenThousand: IdeasStory = {
  name: '10,000 generated ideas (ideas property)',
  render: (args) => ideasIndex({...args, ideas: tenThousandIdeas()}),
};
export const TenThousandFr: IdeasStory = {
  ...TenThousand,
  name: '10,000 generated ideas (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const FromFixtures: IdeasStory = {
  name: 'From the fixtures feed (ideas.json)',
  args: {src: fixture('ideas.json')},
};

export const FromAttribute: IdeasStory = {
  name: 'From the ideas attribute (JSON)',
  render: (args) =>
    html`<cm-ideas-index
      heading-level=${ifDefined(args['heading-level'])}
      ideas=${JSON.stringify([
        {
          id: 'binam',
          title: 'BINAM: Montréal’s office for the integration of newcomers',
          url: 'https://montreal.ca/',
          city: 'Montréal',
          country: 'Canada',
          themes: ['Welcoming', 'Governance'],
          year: 2016,
        },
        {
          id: 'language-cafes',
          title: 'Language cafés in the city library',
          url: 'https://citiesofmigration.ca/',
          city: 'Malmö',
          country: 'Sweden',
          themes: ['Language'],
          year: 2015,
        },
      ])}
    ></cm-ideas-index>`,
};

export const LightDom: IdeasStory = {
  name: 'From its HTML children',
  render: (args) =>
    ideasIndex(
      args,
      html`<ul>
        <li
          data-city="Montréal"
          data-country="Canada"
          data-region="North America"
          data-themes="Welcoming, Governance"
          data-organization="Ville de Montréal"
          data-year="2016"
        >
          <h3><a href="https://montreal.ca/">BINAM: Montréal’s office for the integration of newcomers</a></h3>
          <p>One municipal office coordinates the city’s welcome of immigrants and refugees.</p>
        </li>
        <li
          data-city="Toronto"
          data-country="Canada"
          data-region="North America"
          data-themes="Work"
          data-organization="TRIEC"
          data-year="2004"
        >
          <h3><a href="https://triec.ca/">The Mentoring Partnership</a></h3>
          <p>Established professionals open their networks to skilled immigrants.</p>
        </li>
        <li
          data-city="Utrecht"
          data-country="Netherlands"
          data-region="Europe"
          data-themes="Refugees, Housing"
          data-year="2016"
        >
          <h3><a href="https://citiesofmigration.ca/">Plan Einstein</a></h3>
          <p>Asylum seekers and local young people live and learn together.</p>
        </li>
      </ul>`
    ),
};

// Preset search and filters (attributes) ---------------------------------------------------

export const PresetQuery: IdeasStory = {
  name: 'Preset search: query="integr" (beginning of a word)',
  args: {src: demo, query: 'integr'},
};
export const PresetQueryFr: IdeasStory = {
  ...PresetQuery,
  name: 'Preset search: query="integr" (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const PresetTheme: IdeasStory = {
  name: 'Preset filter: theme="Housing"',
  args: {src: demo, theme: 'Housing'},
};
export const PresetThemeFr: IdeasStory = {
  ...PresetTheme,
  name: 'Preset filter: theme="Housing" (français: Logement)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const PresetCountry: IdeasStory = {
  name: 'Preset filter: country="Canada"',
  args: {src: demo, country: 'Canada'},
};

export const PresetCombined: IdeasStory = {
  name: 'Preset search and filters: query="city", theme="Welcoming", country="United States"',
  args: {src: demo, query: 'city', theme: 'Welcoming', country: 'United States'},
};

export const PresetAnyCase: IdeasStory = {
  name: 'Preset filters in any case and accents: theme="HOUSING", country="canadá"',
  args: {src: fixture('ideas.json'), theme: 'HOUSING', country: 'canadá'},
};

// Pages -------------------------------------------------------------------------------------

export const PageSize: IdeasStory = {
  name: 'Page size 5 (Show more)',
  args: {src: demo, 'page-size': 5},
};

export const HeadingLevel: IdeasStory = {
  name: 'Heading level 2',
  args: {src: demo, 'heading-level': 2},
};

// Nothing to show -----------------------------------------------------------------------------

export const EmptyResult: IdeasStory = {
  name: 'Empty result: a query that matches nothing',
  args: {src: demo, query: 'zeppelin'},
};
export const EmptyResultFr: IdeasStory = {
  ...EmptyResult,
  name: 'Empty result (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const EmptyWithFilters: IdeasStory = {
  name: 'Empty result: search and filters, with Clear filters',
  args: {src: demo, query: 'zeppelin', theme: 'Housing', country: 'Canada'},
};

export const EmptyFeed: IdeasStory = {name: 'Empty feed (no ideas at all)', ...shared.emptyFeed};

// Look, direction and locales -----------------------------------------------------------------

export const Rtl: IdeasStory = {
  name: 'Right to left',
  ...shared.rtl,
  tags: ['!autodocs'], // <html dir> is page-wide, like <html lang>
};

export const CustomTheme: IdeasStory = {
  name: 'Custom theme (--cm-* properties)',
  ...shared.customTheme,
};

export const DarkPage: IdeasStory = {
  name: 'On a dark page',
  ...shared.darkPage,
};

export const ForcedColors: IdeasStory = {
  name: 'Forced colours (how to check)',
  ...shared.forcedColors,
};

// Every locale the library ships (French above). Arabic pages say dir="rtl".

export const LocaleEs: IdeasStory = {name: 'Español', ...shared.locale('es'), tags: ['!autodocs']};
export const LocaleDe: IdeasStory = {name: 'Deutsch', ...shared.locale('de'), tags: ['!autodocs']};
export const LocaleAr: IdeasStory = {name: 'العربية (right to left)', ...shared.locale('ar'), tags: ['!autodocs']};

// The page URL (sync-url) ---------------------------------------------------------------------
//
// In Storybook the URL the element reads and writes is the preview iframe's
// (iframe.html?id=…&cm-q=…), not the one in the Storybook address bar: the parameters stay
// invisible there, and the browser's back button steps through the iframe's history. Open
// the story in a tab of its own ("Open canvas in new tab") to see the address change and to
// share or reload it. Storybook keeps unknown parameters in the iframe URL when it switches
// stories, so each story below removes the element's parameters when it is left. Both are
// left out of the docs page: the URL is one per page, like <html lang>, and two indexes
// with sync-url on one page would share it.

export const SyncUrl: IdeasStory = {
  name: 'Search and filters kept in the page URL (sync-url)',
  args: {src: demo, 'sync-url': true},
  tags: ['!autodocs'],
  beforeEach: () => clearUrlState,
};

export const SyncUrlRestored: IdeasStory = {
  name: 'sync-url: the URL wins over the attributes (cm-q=library, cm-theme=Language)',
  args: {src: demo, 'sync-url': true, query: 'integr'},
  tags: ['!autodocs'],
  beforeEach: () => {
    // As if the visitor had followed a shared link: this frame's URL holds a search.
    const url = new URL(location.href);
    const [query, theme] = URL_PARAMS;
    url.searchParams.set(query, 'library');
    url.searchParams.set(theme, 'Language');
    history.replaceState(history.state, '', url);
    return clearUrlState;
  },
};

// Loading and errors ----------------------------------------------------------------------

export const Loading: IdeasStory = {name: 'Loading', ...shared.loading};
export const LoadingFr: IdeasStory = {
  name: 'Loading (français)',
  ...shared.loading,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorNotFound: IdeasStory = {name: 'Error: feed not found (404)', ...shared.errorNotFound};
export const ErrorNotFoundFr: IdeasStory = {
  name: 'Error: feed not found (français)',
  ...shared.errorNotFound,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorInvalidJson: IdeasStory = {name: 'Error: invalid JSON', ...shared.errorInvalidJson};

export const ErrorWrongShape: IdeasStory = {name: 'Error: JSON that is not a list of ideas', ...shared.errorWrongShape};

// Bad input -------------------------------------------------------------------------------

export const InvalidPageSize: IdeasStory = {
  name: 'Invalid attribute: page-size="many" (20 per page)',
  render: () => html`<cm-ideas-index src=${demo} page-size="many"></cm-ideas-index>`,
};

export const InvalidIdeasAttribute: IdeasStory = {
  name: 'Invalid attribute: ideas is not JSON',
  render: () => html`<cm-ideas-index ideas="[broken"></cm-ideas-index>`,
};
export const InvalidIdeasAttributeFr: IdeasStory = {
  ...InvalidIdeasAttribute,
  name: 'Invalid attribute: ideas is not JSON (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const InvalidFilters: IdeasStory = {
  name: 'Invalid attributes: theme="Astrology", country="Atlantis"',
  render: () => html`<cm-ideas-index src=${demo} theme="Astrology" country="Atlantis"></cm-ideas-index>`,
};

export const BrokenItems: IdeasStory = {
  name: 'Feed with broken items (each skipped with a console warning)',
  ...shared.brokenItems,
};

export const HostileContent: IdeasStory = {
  name: 'Hostile feed content (markup, script URLs)',
  args: {src: fixture('ideas-hostile.json')},
};
