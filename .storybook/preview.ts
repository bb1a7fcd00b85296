import {setCustomElementsManifest, type Decorator, type Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import {allLocales} from '../src/localization/localize.js';
// The demo page's own base (font, colours): the elements inherit it here as they do there.
import '../demo/page.css';

interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
  type?: {text: string};
}
interface Manifest {
  modules: {
    declarations?: {customElement?: boolean; members?: Item[]; attributes?: Item[]; cssParts?: Item[]}[];
  }[];
}

/**
 * Controls should be what a webmaster writes: the attributes, plus the properties that have
 * no attribute (`story`). The analyzer also lists private members and the property twin of
 * every attribute, which would only clutter the table; Storybook picks a JSON editor for
 * "string | undefined" where "string" gets a text field; and it keys every row by bare
 * name, so the part "heading" would replace the attribute "heading".
 */
function forControls({modules, ...rest}: Manifest): Manifest {
  const plain = (item: Item): Item =>
    item.type ? {...item, type: {text: item.type.text.replace(/\s*\|\s*undefined$/, '')}} : item;
  const isControl = (m: Item) =>
    m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static && !m.attribute;
  return {
    ...rest,
    modules: modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) =>
        d.customElement
          ? {
              ...d,
              members: d.members?.filter(isControl).map(plain),
              attributes: d.attributes?.map(plain),
              cssParts: d.cssParts?.map((part) => ({...part, name: `::part(${part.name})`})),
            }
          : d
      ),
    })),
  };
}

setCustomElementsManifest(forControls(manifest as Manifest));

/** Only public knobs: a theme that needs anything else would be a bug in the elements. */
const customTheme = {
  '--cm-font-family': 'system-ui, sans-serif',
  '--cm-color-text': '#1f2933',
  '--cm-color-muted': '#52606d',
  '--cm-color-accent': '#0b6e4f',
  '--cm-color-surface': '#f4f1ea',
  '--cm-color-border': '#b8ab8c',
  '--cm-radius': '0',
  '--cm-space': '1.5rem',
  '--cm-focus-ring': '3px dashed #0b6e4f',
};

const withPage: Decorator = (story, {globals}) => {
  // The elements read <html lang> and inherit <html dir>, as on a real page; a wrapper
  // element could not stand in for them. Set on every render, so no story leaks into the next.
  document.documentElement.lang = globals.locale;
  document.documentElement.dir = globals.dir;
  // Always the same wrapper, so switching the theme restyles the element instead of
  // re-creating it (which would fetch its feed again).
  return html`<div style=${styleMap(globals.theme === 'custom' ? customTheme : {})}>${story()}</div>`;
};

/** English (the source language) first, then French, as DESIGN.md orders them; then the rest. */
const FIRST = ['en', 'fr', 'es', 'de', 'ar'];
const locales = [...allLocales].sort(
  (a, b) => (FIRST.indexOf(a) + 1 || Infinity) - (FIRST.indexOf(b) + 1 || Infinity) || a.localeCompare(b)
);

// Each language named in itself, capitalized as a menu item: "Français", "Español", "العربية".
const languageName = (code: string) => {
  const name = new Intl.DisplayNames([code], {type: 'language'}).of(code) ?? code;
  return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
};

// Rows to read, not inputs: no control can apply a part, a custom property or an event.
const documentedOnly = new Set(['css custom properties', 'css shadow parts', 'events', 'slots']);

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPage],
  argTypesEnhancers: [
    ({argTypes}) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          documentedOnly.has(String(argType.table?.category)) ? {...argType, control: false} : argType,
        ])
      ),
  ],
  globalTypes: {
    locale: {
      description: 'Page language (<html lang>): UI strings and localized content follow it',
      toolbar: {
        icon: 'globe',
        // Every locale the library ships: a new translation appears here by itself.
        items: locales.map((code) => ({value: code, title: languageName(code), right: code})),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction (<html dir>)',
      toolbar: {
        icon: 'transfer',
        items: [
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Default look (inherits the page) or a custom theme set through --cm-* properties only',
      toolbar: {
        icon: 'paintbrush',
        items: [
          {value: 'default', title: 'Default theme'},
          {value: 'custom', title: 'Custom theme'},
        ],
        dynamicTitle: true,
      },
    },
    // For stories to read (a quote rotator story can start paused under "reduce"). It does
    // not change the prefers-reduced-motion media query, which a page cannot set: to test
    // the elements' own handling, use the OS setting or Chromium DevTools › Rendering ›
    // "Emulate CSS media feature prefers-reduced-motion".
    reducedMotion: {
      description: 'Reduced motion, as stories see it (not the media query)',
      toolbar: {
        icon: 'stopalt',
        items: [
          {value: 'no-preference', title: 'Motion: no preference'},
          {value: 'reduce', title: 'Motion: reduce'},
        ],
        dynamicTitle: true,
      },
    },
  },
  // Every story and docs page opens in English; a story that shows another locale says so
  // in its own globals.
  initialGlobals: {locale: 'en', dir: 'ltr', theme: 'default', reducedMotion: 'no-preference'},
};

export default preview;
