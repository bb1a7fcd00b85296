import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {inLocale, sharedStories} from './factories.js';
import {fixture} from './helpers.js';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Story} from '../src/content/types.js';
import '../src/featured-story/featured-story.js';

/** The element's attributes by their HTML names, plus the `story` property. */
interface Args {
  heading?: string;
  summary?: string;
  href?: string;
  kicker?: string;
  image?: string;
  'image-alt'?: string;
  src?: string;
  'story-id'?: string;
  timeout?: number;
  'heading-level'?: number;
  story?: Story;
  /** An action from the manifest's `@fires cm-error`: it shows in the Actions panel. */
  onCmError?: (event: Event) => void;
}

type StoryCard = StoryObj<Args>;

const card = (args: Args, children: unknown = nothing) =>
  html`<cm-featured-story
    heading=${ifDefined(args.heading)}
    summary=${ifDefined(args.summary)}
    href=${ifDefined(args.href)}
    kicker=${ifDefined(args.kicker)}
    image=${ifDefined(args.image)}
    image-alt=${ifDefined(args['image-alt'])}
    src=${ifDefined(args.src)}
    story-id=${ifDefined(args['story-id'])}
    timeout=${ifDefined(args.timeout)}
    heading-level=${ifDefined(args['heading-level'])}
    .story=${args.story}
    @cm-error=${args.onCmError}
    >${children}</cm-featured-story
  >`;

/** The seed's first featured story (seed/cities-of-migration-home-fr.txt). */
const pulse = {
  heading: 'Taking the Pulse of Diversity',
  summary:
    'Denise O-Neil Green, Ryerson’s first VP Equity & Community Inclusion, discusses her journey from Chicago to Toronto.',
  href: 'https://citiesofmigration.ca/ezine_stories/taking-the-pulse-of-diversity/',
} satisfies Args;

/** The same story with every text in English and French, as a CMS would publish it. */
const pulseStory: Story = {
  id: 'pulse-of-diversity',
  title: {en: 'Taking the Pulse of Diversity', fr: 'Prendre le pouls de la diversité'},
  summary: {
    en: pulse.summary,
    fr: 'Denise O-Neil Green, première vice-présidente à l’équité et à l’inclusion communautaire de Ryerson, raconte son parcours de Chicago à Toronto.',
  },
  url: pulse.href,
  image: fixture('story.svg'),
  imageAlt: {en: 'A yellow disc on a blue background', fr: 'Un disque jaune sur fond bleu'},
  author: 'Cities of Migration',
  date: '2018-11-05',
};

const shared = sharedStories<Args>({feed: 'stories.json', idArg: 'story-id', content: {story: pulseStory}});

const meta: Meta<Args> = {
  title: 'Elements/Featured story',
  component: 'cm-featured-story',
  render: (args) => card(args),
};
export default meta;

// Each French twin below says `tags: ['!autodocs']`: <html lang> is one per page, so on the
// docs page the last story rendered would switch every card. Names and tags are written out
// in each story because Storybook reads them from this source without running it.

// Content from attributes ----------------------------------------------------------------

export const FromAttributes: StoryCard = {
  name: 'From attributes',
  args: {...pulse},
};
export const FromAttributesFr: StoryCard = {
  ...FromAttributes,
  name: 'From attributes (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const WithImage: StoryCard = {
  name: 'With image and alt text',
  args: {...pulse, image: fixture('story.svg'), 'image-alt': 'A yellow disc on a blue background'},
};

export const HeadingLevel: StoryCard = {
  name: 'Heading level 2',
  args: {...pulse, 'heading-level': 2},
};

export const ShortContent: StoryCard = {
  name: 'Short content (title and link only)',
  args: {heading: 'Toronto The Good', href: 'https://citiesofmigration.ca/ezine_stories/toronto-the-good/'},
};

export const LongContent: StoryCard = {
  name: 'Long content',
  args: {
    kicker: 'Featured Webinar',
    heading:
      'Planning for Urban Resilience and Inclusive Cities: Lessons from Toronto, Urbana-Champaign and the Municipal Planning Policies of Intercultural Public Spaces',
    summary:
      'Dr. Zhixi Zhuang, School of Urban and Regional Planning, Ryerson University (Toronto) in conversation with Dr. Stacy Harwood, Department of Urban & Regional Planning, University of Illinois (Urbana-Champaign) to discuss planning for urban resilience in a multicultural context, and how municipal planning policies can create safe, accessible, and inclusive public spaces while promoting intercultural social interactions and understanding.',
    href: 'https://citiesofmigration.ca/webinar/planning-for-urban-resilience-and-inclusive-cities-lessons-from-toronto/',
    image: fixture('story.svg'),
    'image-alt': 'A yellow disc on a blue background',
  },
};

// Content from the `story` property -------------------------------------------------------

export const FromProperty: StoryCard = {
  name: 'From the story property (localized fields)',
  args: {story: pulseStory},
};
export const FromPropertyFr: StoryCard = {
  ...FromProperty,
  name: 'French (story property, locale fr)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const Rtl: StoryCard = {
  name: 'Right to left',
  ...shared.rtl,
  tags: ['!autodocs'], // <html dir> is page-wide, like <html lang>
};

export const CustomTheme: StoryCard = {
  name: 'Custom theme (--cm-* properties)',
  ...shared.customTheme,
};

export const DarkPage: StoryCard = {
  name: 'On a dark page',
  ...shared.darkPage,
};

export const ForcedColors: StoryCard = {
  name: 'Forced colours (how to check)',
  ...shared.forcedColors,
};

// Every locale the library ships (French above). Arabic pages say dir="rtl".

export const LocaleEs: StoryCard = {name: 'Español', ...shared.locale('es'), tags: ['!autodocs']};
export const LocaleDe: StoryCard = {name: 'Deutsch', ...shared.locale('de'), tags: ['!autodocs']};
export const LocaleAr: StoryCard = {name: 'العربية (right to left)', ...shared.locale('ar'), tags: ['!autodocs']};

// Content from a feed ---------------------------------------------------------------------

export const FromFeed: StoryCard = {
  name: 'From a feed (story-id)',
  args: {src: fixture('stories.json'), 'story-id': 'pulse-of-diversity'},
};

export const FromFeedWithImage: StoryCard = {
  name: 'From a feed, with image',
  args: {src: fixture('stories.json'), 'story-id': 'two-cheers'},
};

export const LocalizedFeed: StoryCard = {
  name: 'From a shared content.json (localized fields)',
  args: {src: fixture('content.json')},
};
export const LocalizedFeedFr: StoryCard = {
  ...LocalizedFeed,
  name: 'From a shared content.json (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const JsonFeed: StoryCard = {
  name: 'From a JSON Feed 1.1',
  args: {src: fixture('jsonfeed.json')},
};
export const JsonFeedFr: StoryCard = {
  ...JsonFeed,
  name: 'From a JSON Feed 1.1 (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

// Content from the light DOM --------------------------------------------------------------

export const LightDom: StoryCard = {
  name: 'From its HTML children',
  render: (args) =>
    card(
      args,
      html`<h3><a href=${pulse.href}>${pulse.heading}</a></h3>
        <p>${pulse.summary}</p>
        <p><a href=${pulse.href}>More</a></p>`
    ),
};

// Loading and errors ----------------------------------------------------------------------

export const Loading: StoryCard = {name: 'Loading', ...shared.loading};
export const LoadingFr: StoryCard = {
  name: 'Loading (français)',
  ...shared.loading,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorNotFound: StoryCard = {name: 'Error: feed not found (404)', ...shared.errorNotFound};
export const ErrorNotFoundFr: StoryCard = {
  name: 'Error: feed not found (français)',
  ...shared.errorNotFound,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorInvalidJson: StoryCard = {name: 'Error: invalid JSON', ...shared.errorInvalidJson};
export const ErrorInvalidJsonFr: StoryCard = {
  name: 'Error: invalid JSON (français)',
  ...shared.errorInvalidJson,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorWrongShape: StoryCard = {name: 'Error: JSON that is not a feed', ...shared.errorWrongShape};

export const ErrorUnknownStoryId: StoryCard = {name: 'Error: no story with that story-id', ...shared.errorUnknownId};

export const EmptyFeed: StoryCard = {name: 'Error: an empty feed (no story)', ...shared.emptyFeed};

// Bad input -------------------------------------------------------------------------------

export const InvalidHref: StoryCard = {
  name: 'Invalid attribute: javascript: href',
  args: {...pulse, href: 'javascript:alert(1)'},
};
export const InvalidHrefFr: StoryCard = {
  ...InvalidHref,
  name: 'Invalid attribute: javascript: href (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const InvalidHeadingLevel: StoryCard = {
  name: 'Invalid attribute: heading-level="9"',
  args: {...pulse, 'heading-level': 9},
};

export const BrokenItems: StoryCard = {
  name: 'Feed with broken items (each skipped with a console warning)',
  ...shared.brokenItems,
};

export const HostileContent: StoryCard = {
  name: 'Hostile feed content (markup, script URLs)',
  args: {src: fixture('hostile.json')},
};
