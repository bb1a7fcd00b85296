import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {inLocale, sharedStories} from './factories.js';
import {fixture} from './helpers.js';
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Webinar} from '../src/content/types.js';
import '../src/webinar-card/webinar-card.js';

/** The element's attributes by their HTML names, plus the `webinar` property. */
interface Args {
  heading?: string;
  summary?: string;
  href?: string;
  kind?: string;
  video?: string;
  poster?: string;
  date?: string;
  duration?: number;
  speakers?: string;
  src?: string;
  'webinar-id'?: string;
  timeout?: number;
  'heading-level'?: number;
  webinar?: Webinar;
  /** Actions from the manifest's `@fires`: they show in the Actions panel. */
  onCmError?: (event: Event) => void;
  onCmPlay?: (event: Event) => void;
}

type WebinarStory = StoryObj<Args>;

const card = (args: Args, children: unknown = nothing) =>
  html`<cm-webinar-card
    heading=${ifDefined(args.heading)}
    summary=${ifDefined(args.summary)}
    href=${ifDefined(args.href)}
    kind=${ifDefined(args.kind)}
    video=${ifDefined(args.video)}
    poster=${ifDefined(args.poster)}
    date=${ifDefined(args.date)}
    duration=${ifDefined(args.duration)}
    speakers=${ifDefined(args.speakers)}
    src=${ifDefined(args.src)}
    webinar-id=${ifDefined(args['webinar-id'])}
    timeout=${ifDefined(args.timeout)}
    heading-level=${ifDefined(args['heading-level'])}
    .webinar=${args.webinar}
    @cm-error=${args.onCmError}
    @cm-play=${args.onCmPlay}
    >${children}</cm-webinar-card
  >`;

// The video IDs are the test fixtures' (test/fixtures/webinars.json): the YouTube one is a
// placeholder, so after Play the no-cookie player says the video is unavailable. Nothing is
// requested from YouTube or Vimeo before Play, which is what these stories are about.
const YOUTUBE = 'https://www.youtube.com/watch?v=aBcD3fG_i-k&t=1m30s';
const VIMEO = 'https://vimeo.com/76979871';

/** The seed's webinar video (seed/cities-of-migration-home-fr.txt), as attributes. */
const irregular = {
  kind: 'video',
  heading: 'Inclusion of Migrants with Irregular Status: a Role for Cities',
  summary:
    'Sarah Spencer, Director of the Global Exchange on Migration and Diversity (Oxford), and Jan Braat, Senior Policy Advisor, Migration and Integration, City of Utrecht explore C-MISE findings and the City of Utrecht’s commitment to be a ‘Human Rights City’.',
  href: 'https://citiesofmigration.ca/webinars/',
  video: YOUTUBE,
  date: '2019-04-10T11:00:00-04:00',
  duration: 60,
  speakers: JSON.stringify([
    {name: 'Sarah Spencer', role: 'Director', organization: 'Global Exchange on Migration and Diversity, Oxford'},
    {name: 'Jan Braat', role: 'Senior Policy Advisor, Migration and Integration', organization: 'City of Utrecht'},
  ]),
} satisfies Args;

/** The seed's featured webinar, as attributes, moved to 2099 so that it stays upcoming. */
const resilience = {
  kind: 'featured',
  heading: 'Planning for Urban Resilience and Inclusive Cities: Lessons from Toronto',
  summary:
    'Dr. Zhixi Zhuang (Ryerson University, Toronto) in conversation with Dr. Stacy Harwood (University of Illinois, Urbana-Champaign) on planning for urban resilience in a multicultural context.',
  href: 'https://citiesofmigration.ca/webinars/',
  date: '2099-06-15T12:00:00-04:00',
  duration: 90,
  speakers: JSON.stringify([
    {name: 'Zhixi Zhuang', role: 'School of Urban and Regional Planning', organization: 'Ryerson University'},
    {name: 'Stacy Harwood', role: 'Department of Urban & Regional Planning', organization: 'University of Illinois'},
  ]),
} satisfies Args;

/** The same upcoming webinar with every text in English and French, as a CMS would publish it. */
const resilienceWebinar: Webinar = {
  id: 'urban-resilience',
  kind: 'featured',
  title: {
    en: resilience.heading,
    fr: 'Planifier des villes résilientes et inclusives : les leçons de Toronto',
  },
  summary: {
    en: resilience.summary,
    fr: 'Zhixi Zhuang (Université Ryerson, Toronto) s’entretient avec Stacy Harwood (Université de l’Illinois, Urbana-Champaign) de la résilience urbaine dans un contexte multiculturel.',
  },
  url: resilience.href,
  poster: fixture('poster.svg'),
  video: YOUTUBE,
  date: resilience.date,
  durationMinutes: resilience.duration,
  speakers: [
    {
      name: 'Zhixi Zhuang',
      role: {en: 'School of Urban and Regional Planning', fr: 'École d’urbanisme et de planification régionale'},
      organization: {en: 'Ryerson University', fr: 'Université Ryerson'},
    },
    {
      name: 'Stacy Harwood',
      role: {
        en: 'Department of Urban & Regional Planning',
        fr: 'Département d’urbanisme et de planification régionale',
      },
      organization: {en: 'University of Illinois', fr: 'Université de l’Illinois'},
    },
  ],
};

/** A panel large enough to wrap: invented names, long and short, with and without roles. */
const panel = JSON.stringify([
  {name: 'Amara Okafor', role: 'Moderator', organization: 'Cities of Migration'},
  {
    name: 'Lucía Fernández-Castillo',
    role: 'Deputy Mayor for Social Inclusion and Newcomer Services',
    organization: 'City of Example',
  },
  {name: 'Tomasz Nowak', organization: 'Regional Integration Council'},
  {name: 'Mei Lin Chen', role: 'Researcher'},
  {name: 'Youssef El Amrani', role: 'Community Organizer', organization: 'Welcome Neighbours Network'},
  {name: 'Ingrid Solberg', role: 'Director of Settlement Programs', organization: 'Municipality of Example'},
  {name: 'Kwame Mensah'},
]);

const shared = sharedStories<Args>({
  feed: 'webinars.json',
  missing: 'missing-webinars.json',
  idArg: 'webinar-id',
  content: {webinar: resilienceWebinar},
});

const meta: Meta<Args> = {
  title: 'Elements/Webinar card',
  component: 'cm-webinar-card',
  render: (args) => card(args),
};
export default meta;

// Each French twin below says `tags: ['!autodocs']`: <html lang> is one per page, so on the
// docs page the last story rendered would switch every card. Names and tags are written out
// in each story because Storybook reads them from this source without running it.

// Video: the privacy-first facade ------------------------------------------------------------

export const YouTube: WebinarStory = {
  name: 'YouTube video (facade, no poster)',
  args: {...irregular},
};
export const YouTubeFr: WebinarStory = {
  ...YouTube,
  name: 'YouTube video (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const WithPoster: WebinarStory = {
  name: 'YouTube video with a poster of the site’s own',
  args: {...irregular, poster: fixture('poster.svg')},
};

export const Vimeo: WebinarStory = {
  name: 'Vimeo video',
  args: {
    kind: 'video',
    heading: 'Welcoming Cities on Vimeo',
    href: 'https://citiesofmigration.ca/webinars/',
    video: VIMEO,
    poster: fixture('poster.svg'),
  },
};

export const OtherVideoHost: WebinarStory = {
  name: 'Video on another site (plain link, no player)',
  args: {...irregular, video: 'https://example.org/webinars/irregular-status.mp4'},
};

export const NoVideo: WebinarStory = {
  name: 'No video',
  args: {...irregular, video: undefined},
};

// Dates and "Add to calendar" --------------------------------------------------------------

export const Upcoming: WebinarStory = {
  name: 'Upcoming (badge and Add to calendar)',
  args: {...resilience},
};
export const UpcomingFr: WebinarStory = {
  ...Upcoming,
  name: 'Upcoming (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const UpcomingAllDay: WebinarStory = {
  name: 'Upcoming, date without a time',
  args: {...resilience, date: '2099-06-15', duration: undefined},
};

export const Past: WebinarStory = {
  name: 'Past (no badge, no calendar)',
  args: {...resilience, date: '2019-04-10T11:00:00-04:00'},
};

export const Archive: WebinarStory = {
  name: 'Archive of past webinars',
  args: {
    kind: 'archive',
    heading: 'Past Webinar Videos',
    summary: 'Find archived videos and resources.',
    href: 'https://citiesofmigration.ca/webinars/',
  },
};
export const ArchiveFr: WebinarStory = {
  ...Archive,
  name: 'Archive of past webinars (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ManySpeakers: WebinarStory = {
  name: 'Many speakers',
  args: {...resilience, speakers: panel},
};

export const HeadingLevel: WebinarStory = {
  name: 'Heading level 2',
  args: {...irregular, 'heading-level': 2},
};

// Content from the `webinar` property ------------------------------------------------------

export const FromProperty: WebinarStory = {
  name: 'From the webinar property (localized fields)',
  args: {webinar: resilienceWebinar},
};

export const French: WebinarStory = {
  name: 'French',
  ...shared.locale('fr'),
  tags: ['!autodocs'],
};

// Every other locale the library ships. Arabic pages say dir="rtl".

export const LocaleEs: WebinarStory = {name: 'Español', ...shared.locale('es'), tags: ['!autodocs']};
export const LocaleDe: WebinarStory = {name: 'Deutsch', ...shared.locale('de'), tags: ['!autodocs']};
export const LocaleAr: WebinarStory = {name: 'العربية (right to left)', ...shared.locale('ar'), tags: ['!autodocs']};

export const Rtl: WebinarStory = {
  name: 'Right to left',
  ...shared.rtl,
  tags: ['!autodocs'], // <html dir> is page-wide, like <html lang>
};

export const CustomTheme: WebinarStory = {
  name: 'Custom theme (--cm-* properties)',
  ...shared.customTheme,
};

export const DarkPage: WebinarStory = {
  name: 'On a dark page',
  ...shared.darkPage,
};

export const ForcedColors: WebinarStory = {
  name: 'Forced colours (how to check)',
  ...shared.forcedColors,
};

// Content from a feed ---------------------------------------------------------------------

const demo = 'demo/content.json';

export const DemoFeatured: WebinarStory = {
  name: 'From the demo content.json (webinar-id="urban-resilience")',
  args: {src: demo, 'webinar-id': 'urban-resilience'},
};
export const DemoFeaturedFr: WebinarStory = {
  ...DemoFeatured,
  name: 'From the demo content.json, urban-resilience (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const DemoVideo: WebinarStory = {
  name: 'From the demo content.json (webinar-id="irregular-status")',
  args: {src: demo, 'webinar-id': 'irregular-status'},
};
export const DemoVideoFr: WebinarStory = {
  ...DemoVideo,
  name: 'From the demo content.json, irregular-status (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const DemoArchive: WebinarStory = {
  name: 'From the demo content.json (webinar-id="archive")',
  args: {src: demo, 'webinar-id': 'archive'},
};
export const DemoArchiveFr: WebinarStory = {
  ...DemoArchive,
  name: 'From the demo content.json, archive (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const FeedUpcoming: WebinarStory = {
  name: 'From the fixtures feed (webinar-id="urban-resilience", upcoming)',
  args: {src: fixture('webinars.json'), 'webinar-id': 'urban-resilience'},
};

export const FeedVideo: WebinarStory = {
  name: 'From the fixtures feed (webinar-id="irregular-status", YouTube and poster)',
  args: {src: fixture('webinars.json'), 'webinar-id': 'irregular-status'},
};
export const FeedVideoFr: WebinarStory = {
  ...FeedVideo,
  name: 'From the fixtures feed, irregular-status (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const FeedVimeo: WebinarStory = {
  name: 'From the fixtures feed (webinar-id="welcoming-vimeo")',
  args: {src: fixture('webinars.json'), 'webinar-id': 'welcoming-vimeo'},
};

// Content from the light DOM --------------------------------------------------------------

export const LightDom: WebinarStory = {
  name: 'From its HTML children',
  render: (args) =>
    card(
      {...args, kind: 'video'},
      html`<h3>${irregular.heading}</h3>
        <p>Sarah Spencer and Jan Braat explore the C-MISE findings.</p>
        <p><a href=${YOUTUBE}>Watch on YouTube</a></p>
        <p><a href=${irregular.href}>About the webinar</a></p>
        <p><time datetime="2019-04-10T15:00:00Z">April 10, 2019</time></p>
        <ul>
          <li>Sarah Spencer</li>
          <li>Jan Braat</li>
        </ul>
        <img src=${fixture('poster.svg')} alt="" />`
    ),
};

// Loading and errors ----------------------------------------------------------------------

export const Loading: WebinarStory = {name: 'Loading', ...shared.loading};
export const LoadingFr: WebinarStory = {
  name: 'Loading (français)',
  ...shared.loading,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorNotFound: WebinarStory = {name: 'Error: feed not found (404)', ...shared.errorNotFound};
export const ErrorNotFoundFr: WebinarStory = {
  name: 'Error: feed not found (français)',
  ...shared.errorNotFound,
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const ErrorInvalidJson: WebinarStory = {name: 'Error: invalid JSON', ...shared.errorInvalidJson};

export const ErrorWrongShape: WebinarStory = {name: 'Error: JSON that is not a feed', ...shared.errorWrongShape};

export const ErrorUnknownWebinarId: WebinarStory = {
  name: 'Error: no webinar with that webinar-id',
  ...shared.errorUnknownId,
};

export const EmptyFeed: WebinarStory = {name: 'Error: an empty feed (no webinar)', ...shared.emptyFeed};

// Bad input -------------------------------------------------------------------------------

export const InvalidKind: WebinarStory = {
  name: 'Invalid attribute: kind="live"',
  args: {...irregular, kind: 'live'},
};
export const InvalidKindFr: WebinarStory = {
  ...InvalidKind,
  name: 'Invalid attribute: kind="live" (français)',
  ...inLocale('fr'),
  tags: ['!autodocs'],
};

export const InvalidSpeakers: WebinarStory = {
  name: 'Invalid attribute: speakers is not JSON',
  args: {...resilience, speakers: '[broken'},
};

export const InvalidDate: WebinarStory = {
  name: 'Invalid attribute: date="next tuesday"',
  args: {...resilience, date: 'next tuesday'},
};

export const VideoHostPoster: WebinarStory = {
  name: 'Invalid attribute: poster from the video host (refused)',
  args: {...irregular, poster: 'https://i.ytimg.com/vi/aBcD3fG_i-k/hqdefault.jpg'},
};

export const BrokenItems: WebinarStory = {
  name: 'Feed with broken items (each skipped with a console warning)',
  ...shared.brokenItems,
};

export const HostileContent: WebinarStory = {
  name: 'Hostile feed content (markup, script URLs)',
  args: {src: fixture('webinars-hostile.json')},
};

export const HostileLookalike: WebinarStory = {
  name: 'Hostile feed content: lookalike video host (no player)',
  args: {src: fixture('webinars-hostile.json'), 'webinar-id': 'lookalike'},
};
