import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {inLocale, sharedStories} from './factories.js';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Quote} from '../src/content/types.js';
import '../src/quote-rotator/quote-rotator.js';

/** The element's attributes by their HTML names, plus the `quotes` property. */
interface Args {
  src?: string;
  autoplay?: boolean;
  interval?: number;
  label?: string;
  index?: number;
  'heading-level'?: number;
  timeout?: number;
  quotes?: Quote[];
  onCmChange?: (event: Event) => void;
  onCmError?: (event: Event) => void;
}

type QuoteStory = StoryObj<Args>;

const rotator = (args: Args, children: unknown = nothing) =>
  html`<cm-quote-rotator
    src=${ifDefined(args.src)}
    ?autoplay=${args.autoplay}
    interval=${ifDefined(args.interval)}
    label=${ifDefined(args.label)}
    index=${ifDefined(args.index)}
    timeout=${ifDefined(args.timeout)}
    .quotes=${args.quotes}
    @cm-change=${args.onCmChange}
    @cm-error=${args.onCmError}
    >${children}</cm-quote-rotator
  >`;

/** Three of the seed's mayors, with roles in English and French. */
const mayors: Quote[] = [
  {
    text: 'Immigrants are a positive force in Finnish society.',
    lang: 'en',
    author: 'Jussi Pajunen',
    role: {en: 'Mayor', fr: 'Maire'},
    city: 'Helsinki',
  },
  {
    text: 'Naturalization is much more than an administrative act. It is the declared belief in our state and our society.',
    lang: 'en',
    author: 'Olaf Scholz',
    role: {en: 'First Mayor', fr: 'Premier bourgmestre'},
    city: 'Hamburg',
  },
  {
    text: 'Boise was built by immigrants. Our city has long been a place where people came from around the world to find economic opportunity and build a better life.',
    lang: 'en',
    author: 'David H. Bieter',
    role: {en: 'Mayor', fr: 'Maire'},
    city: 'Boise',
    country: {en: 'United States', fr: 'États-Unis'},
  },
];

// The region's name left to the element, so that it follows the locale.
const shared = sharedStories<Args>({feed: 'quotes.json', content: {quotes: mayors, label: undefined}});

const meta: Meta<Args> = {
  title: 'Elements/Quote rotator',
  component: 'cm-quote-rotator',
  render: (args) => rotator(args),
  args: {label: 'Mayors on immigration'},
};
export default meta;

export const Manual: QuoteStory = {
  name: 'Manual (no autoplay)',
  args: {quotes: mayors},
};

export const Autoplay: QuoteStory = {
  name: 'Autoplay (3 s)',
  args: {quotes: mayors, autoplay: true, interval: 3000},
};

export const ReducedMotion: QuoteStory = {
  name: 'Autoplay under reduced motion',
  args: {quotes: mayors, autoplay: true, interval: 3000},
  globals: {reducedMotion: 'reduce'},
  // A page cannot set the media query, so this story answers the element's matchMedia
  // question as a browser with "reduce" would: it starts stopped. (Patching a browser API
  // is fine in a story, never in the library; the tests emulate the real media feature.)
  beforeEach({globals}) {
    if (globals.reducedMotion !== 'reduce') return;
    const real = window.matchMedia;
    window.matchMedia = (query: string) =>
      query.includes('prefers-reduced-motion')
        ? ({
            ...real.call(window, query),
            matches: query.includes('reduce'),
            addEventListener() {},
            removeEventListener() {},
          } as MediaQueryList)
        : real.call(window, query);
    return () => {
      window.matchMedia = real;
    };
  },
};

export const FromFeed: QuoteStory = {
  name: 'From the demo content.json (seven mayors)',
  args: {src: 'demo/content.json', label: undefined},
};
export const FromFeedFr: QuoteStory = {
  ...FromFeed,
  name: 'From the demo content.json (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const LightDom: QuoteStory = {
  name: 'From <blockquote> children',
  render: (args) =>
    rotator(
      args,
      html`<blockquote lang="en">
          <p>“Immigrants tend to open more small businesses, which leads to more jobs.”</p>
          <footer><cite>Raquel Castañeda-López</cite>, Council member from Detroit</footer>
        </blockquote>
        <blockquote lang="en">
          <p>“Bilbao is an open city.”</p>
          <footer><cite>Iñaki Azkuna</cite>, Mayor, Bilbao, Spain</footer>
        </blockquote>`
    ),
};

export const LongAndShort: QuoteStory = {
  name: 'Long and short quotes (height of the tallest)',
  args: {
    quotes: [
      {text: 'Yes.', author: 'A. Short'},
      {
        text: 'I want our city to be the first destination for immigrants because they are going to create the jobs, create the new companies, the businesses of the future. We have to be the most welcoming cities we can be. Bilbao is an open city. At the City Council we encourage values of coexistence, dialogue and management of cultural diversity.',
        author: 'Rahm Emanuel',
        role: 'Mayor',
        city: 'Chicago',
      },
    ],
  },
};

export const SingleQuote: QuoteStory = {
  name: 'A single quote (no controls)',
  args: {quotes: mayors.slice(0, 1)},
};

export const Rtl: QuoteStory = {
  name: 'Right to left',
  ...shared.rtl,
  tags: ['!autodocs'],
};

export const French: QuoteStory = {
  name: 'French',
  ...shared.locale('fr'),
  tags: ['!autodocs'],
};

// Every other locale the library ships. Arabic pages say dir="rtl".

export const LocaleEs: QuoteStory = {name: 'Español', ...shared.locale('es'), tags: ['!autodocs']};
export const LocaleDe: QuoteStory = {name: 'Deutsch', ...shared.locale('de'), tags: ['!autodocs']};
export const LocaleAr: QuoteStory = {name: 'العربية (right to left)', ...shared.locale('ar'), tags: ['!autodocs']};

export const CustomTheme: QuoteStory = {
  name: 'Custom theme (--cm-* properties)',
  ...shared.customTheme,
};

export const DarkPage: QuoteStory = {
  name: 'On a dark page',
  ...shared.darkPage,
};

export const ForcedColors: QuoteStory = {
  name: 'Forced colours (how to check)',
  ...shared.forcedColors,
};

// Loading and errors ----------------------------------------------------------------------

export const Loading: QuoteStory = {name: 'Loading', ...shared.loading};

export const ErrorNotFound: QuoteStory = {name: 'Error: feed not found (404)', ...shared.errorNotFound};

export const ErrorInvalidJson: QuoteStory = {name: 'Error: invalid JSON', ...shared.errorInvalidJson};

export const ErrorWrongShape: QuoteStory = {name: 'Error: JSON that is not a feed', ...shared.errorWrongShape};

export const EmptyFeed: QuoteStory = {name: 'An empty feed (nothing to show yet)', ...shared.emptyFeed};

// Bad input -------------------------------------------------------------------------------

export const BrokenItems: QuoteStory = {
  name: 'Feed with broken items (each skipped with a console warning)',
  ...shared.brokenItems,
};

export const BrokenAttribute: QuoteStory = {
  name: 'Invalid attribute: quotes is not JSON',
  render: () => html`<cm-quote-rotator quotes="[{broken"></cm-quote-rotator>`,
};

export const HostileContent: QuoteStory = {
  name: 'Hostile content (markup, script URL)',
  args: {
    quotes: [
      {
        text: '<img src=x onerror="alert(1)">Markup is shown as text <b>only</b>',
        author: '<script>alert(2)</script>Mallory',
        url: 'javascript:alert(3)',
      },
      {text: 'A second, harmless quote.', author: 'Alice'},
    ],
  },
};
