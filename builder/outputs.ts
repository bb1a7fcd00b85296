/**
 * What the builder offers to copy, in order. Each output is one entry: a new form of the
 * snippet (the prerendered HTML of `npx cm-widgets render`, when it lands) is one more entry
 * here, and the page shows it with its own Copy button; `make` may be async.
 */
// @ts-expect-error -- a plain JavaScript module of the plugin, without types (see its header).
import {skipped, wordpressBlock, wordpressShortcode} from '../wordpress/syntax.js';
import {snippetHtml, type ElementInfo, type WordPressSpec} from './model.js';
import {prerenderedSnippet} from './prerendered.js';
import type {Key} from './strings.js';

/** Everything an output is made from. */
export interface SnippetInput {
  element: ElementInfo;
  /** The element's attributes, checked: a boolean attribute is `true`. */
  attributes: Record<string, string | true>;
  /** The theme tokens as CSS, or empty. */
  css: string;
  scriptUrl: string;
  /** wordpress/elements.json, when the builder could read it. */
  wordpress?: WordPressSpec;
  /** The element in the live preview, and what it shows: for the prerendered HTML. */
  preview?: {element: Element; items: readonly unknown[]; lang: string};
}

export interface Output {
  id: string;
  label: Key;
  hint: Key;
  /** Whether it applies to this element (the plugin has no block for an element it does not know). */
  available: (input: SnippetInput) => boolean;
  make: (input: SnippetInput) => string | Promise<string>;
  /** What it leaves out, to say beside it. */
  leftOut?: (input: SnippetInput) => string[];
}

type Attributes = Record<string, string | true>;
const wordpress = {
  block: wordpressBlock as (spec: WordPressSpec, name: string, attributes: Attributes) => string,
  shortcode: wordpressShortcode as (spec: WordPressSpec, name: string, attributes: Attributes) => string,
  skipped: skipped as (spec: WordPressSpec, name: string, attributes: Attributes) => string[],
};
const inPlugin = ({element, wordpress: spec}: SnippetInput) => !!spec && element.name in spec.elements;

export const OUTPUTS: Output[] = [
  {
    id: 'html',
    label: 'outputHtml',
    hint: 'outputHtmlHint',
    available: () => true,
    make: ({element, attributes, css, scriptUrl}) => snippetHtml(scriptUrl, element.tag, attributes, css),
  },
  {
    id: 'prerendered',
    label: 'outputPrerendered',
    hint: 'outputPrerenderedHint',
    available: ({preview}) => !!preview,
    make: ({element, attributes, scriptUrl, preview}) =>
      prerenderedSnippet({tag: element.tag, attributes, scriptUrl, ...preview!}),
  },
  {
    id: 'block',
    label: 'outputBlock',
    hint: 'outputBlockHint',
    available: inPlugin,
    make: ({element, attributes, wordpress: spec}) => wordpress.block(spec!, element.name, attributes) + '\n',
    leftOut: ({element, attributes, wordpress: spec}) => wordpress.skipped(spec!, element.name, attributes),
  },
  {
    id: 'shortcode',
    label: 'outputShortcode',
    hint: 'outputShortcodeHint',
    available: inPlugin,
    make: ({element, attributes, wordpress: spec}) => wordpress.shortcode(spec!, element.name, attributes) + '\n',
    leftOut: ({element, attributes, wordpress: spec}) => wordpress.skipped(spec!, element.name, attributes),
  },
];
