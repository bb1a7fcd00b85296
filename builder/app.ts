/**
 * `<snippet-builder>`: the page of the snippet builder. Native form controls in fieldsets,
 * rendered in the light DOM (the page's styles apply, labels and ids stay in one document);
 * the preview is the library's own element in a page of its own; the findings are the
 * validator's core, the elements' own rules.
 */
import {html, LitElement, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {fetchFeed, FeedError} from '../src/content/feed.js';
import {
  CONTENT_TYPES,
  itemProblem,
  readItem,
  selectItems,
  STORY,
  WEBINAR,
  type Spec,
} from '../src/content/normalize.js';
import {isObject, plainText} from '../src/content/text.js';
import {parseFeed, validateFeed, type Finding} from '../src/content/validate.js';
import {allLocales} from '../src/localization/generated/locale-codes.js';
import {contrast, MIN_CONTRAST, over, PAGES, parseColor} from './contrast.js';
import {
  attributeProblem,
  elementsFrom,
  fieldAttribute,
  itemAttributes,
  tokensCss,
  type Attribute,
  type ElementInfo,
  type Manifest,
  type WordPressSpec,
} from './model.js';
import {OUTPUTS, type SnippetInput} from './outputs.js';
import {Preview} from './preview.js';
import {attributeLabel, elementName, t, tokenLabel, uiLang, UI_LANGS, type Key, type UiLang} from './strings.js';

type Source = 'url' | 'json' | 'form';
type Value = string | boolean;

/** A document read from the feed URL or the JSON box, or why it could not be. */
type Loaded = {data: unknown; error?: undefined} | {data?: undefined; error: string} | undefined;

/** A finding shown beside the preview: the validator's, or the feed's failure. */
interface Shown {
  severity: 'error' | 'warning' | 'unreadable';
  path?: string;
  id?: string;
  title?: string;
  message: string;
}

/** What a one-item element reads from its attributes, named as its console warnings name them. */
const ITEM_SPECS: Record<string, Spec<unknown>> = {stories: STORY, webinars: WEBINAR} as Record<string, Spec<unknown>>;

/** The text colours whose contrast matters (WCAG 1.4.3); the background is the surface, else the page. */
const TEXT_TOKENS = ['--cm-color-text', '--cm-color-muted', '--cm-color-accent'];
const SURFACE = '--cm-color-surface';

const DEBOUNCE = 300;

export class SnippetBuilder extends LitElement {
  static override properties = {
    manifest: {},
    wordpress: {},
    script: {},
    example: {},
    elements: {state: true},
    tag: {state: true},
    source: {state: true},
    feedUrl: {state: true},
    jsonText: {state: true},
    jsonName: {state: true},
    item: {state: true},
    values: {state: true},
    lang: {state: true},
    page: {state: true},
    tokens: {state: true},
    scriptUrl: {state: true},
    loaded: {state: true},
    loading: {state: true},
    outputs: {state: true},
    copied: {state: true},
    ui: {state: true},
    failure: {state: true},
  };

  /** URL of custom-elements.json (default: beside the builder's script). */
  manifest = new URL('custom-elements.json', import.meta.url).href;
  /** URL of wordpress/elements.json: the plugin's blocks and shortcodes (none when it cannot be read). */
  wordpress = new URL('wordpress-elements.json', import.meta.url).href;
  /** URL of cm-widgets.js for the preview and the snippet (default: beside the builder's script). */
  script = new URL('cm-widgets.js', import.meta.url).href;
  /** URL of the example feed. */
  example = new URL('example.json', import.meta.url).href;

  declare elements: ElementInfo[];
  declare tag: string;
  declare source: Source;
  declare feedUrl: string;
  declare jsonText: string;
  declare jsonName: string;
  /** The feed item picked: its id (feed URL) or index (JSON); empty for the first. */
  declare item: string;
  /** The attributes set, by element. */
  declare values: Record<string, Record<string, Value>>;
  declare lang: string;
  declare page: 'light' | 'dark';
  declare tokens: Record<string, string>;
  declare scriptUrl: string;
  declare loaded: Loaded;
  declare loading: boolean;
  declare outputs: {id: string; label: Key; hint: Key; text: string; leftOut: string[]}[];
  declare copied: Record<string, Key | undefined>;
  declare ui: UiLang;
  declare failure: string;

  #preview?: Preview;
  #wordpressSpec?: WordPressSpec;
  /** The last validation, by its inputs: a 10,000-idea feed is not checked again at every keystroke. */
  #checked?: {data: unknown; key: string; findings: Finding[]};
  #timer?: ReturnType<typeof setTimeout>;
  #feedTimer?: ReturnType<typeof setTimeout>;
  #feedRequest?: AbortController;
  #langObserver?: MutationObserver;

  constructor() {
    super();
    this.elements = [];
    this.tag = '';
    this.source = 'url';
    this.feedUrl = '';
    this.jsonText = '';
    this.jsonName = '';
    this.item = '';
    this.values = {};
    this.lang = 'en';
    this.page = 'light';
    this.tokens = {};
    this.scriptUrl = '';
    this.loading = false;
    this.outputs = [];
    this.copied = {};
    this.ui = uiLang(document.documentElement.lang);
    this.failure = '';
  }

  // The light DOM: labels, fieldsets and the page's stylesheet work as on any form page.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    // The builder's language follows <html lang>, as the widgets do.
    this.#langObserver = new MutationObserver(() => (this.ui = uiLang(document.documentElement.lang)));
    this.#langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
    this.#start();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#preview?.disconnect();
    this.#feedRequest?.abort();
    clearTimeout(this.#timer);
    clearTimeout(this.#feedTimer);
  }

  async #start() {
    this.scriptUrl ||= this.script;
    this.lang = this.ui;
    const json = async (url: string) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      return res.json();
    };
    // Without the plugin's description the builder works all the same, without WordPress.
    this.#wordpressSpec = await json(this.wordpress).catch(() => undefined);
    try {
      const manifest = (await json(this.manifest)) as Manifest;
      this.elements = elementsFrom(manifest, this.#wordpressSpec ?? {namespace: '', elements: {}});
      this.tag ||= this.elements[0]?.tag ?? '';
      // A first look at a working widget: the example feed.
      if (!this.feedUrl) this.#setFeedUrl(this.example, true);
    } catch (e) {
      this.failure = (e as Error).message;
    }
  }

  get #element(): ElementInfo | undefined {
    return this.elements.find((e) => e.tag === this.tag);
  }

  #t(key: Key, values?: Record<string, string | number>) {
    return t(this.ui, key, values);
  }

  // ---- what the state gives ----

  /** The raw items of the element's kind in the loaded document. */
  #items(): unknown[] {
    const kind = this.#element?.kind;
    return kind && this.loaded?.data !== undefined ? (selectItems(this.loaded.data, kind) ?? []) : [];
  }

  /** The raw items the element shows: the chosen one of a one-item element, else all of them. */
  #shownItems(): unknown[] {
    const items = this.#items();
    if (!this.#element?.itemAttribute) return items;
    const chosen =
      items.find((i) => String((i as {id?: unknown})?.id) === this.item) ?? items[+this.item || 0] ?? items[0];
    return chosen ? [chosen] : [];
  }

  /** The element's attributes, as the snippet has them: only what is set and valid. */
  #attributes(): Record<string, string | true> {
    const element = this.#element!;
    const out: Record<string, string | true> = {};
    const values = this.values[element.tag] ?? {};
    if (this.source === 'url' && this.feedUrl.trim()) {
      out.src = this.feedUrl.trim();
      if (element.itemAttribute && this.item) out[element.itemAttribute] = this.item;
    } else if (this.source === 'json' && this.loaded?.data !== undefined) {
      const items = this.#items();
      if (element.listAttribute) out[element.listAttribute] = JSON.stringify(items);
      else if (element.itemAttribute)
        Object.assign(out, itemAttributes(element, items[+this.item || 0], this.lang).attributes);
    } else if (this.source === 'form') {
      for (const name of element.contentAttributes) {
        const value = values[name];
        if (typeof value === 'string' && value.trim()) out[name] = value;
      }
    }
    for (const attribute of element.options) {
      const value = values[attribute.name];
      if (value === true) out[attribute.name] = true;
      else if (typeof value === 'string' && value.trim() && !attributeProblem(attribute, value)) {
        out[attribute.name] = value.trim();
      }
    }
    return out;
  }

  #css() {
    return tokensCss(this.tag, this.tokens);
  }

  /**
   * What a one-item element says of the item its attributes give (`heading`, `href`…), in
   * its words: the item is read as the element reads its attributes.
   */
  #checkAttributes(element: ElementInfo, attributes: Record<string, string>): Shown[] {
    const spec = element.kind && ITEM_SPECS[element.kind];
    if (!spec) return [];
    const item: Record<string, unknown> = {};
    const names: Record<string, string> = {};
    for (const field of Object.keys(spec)) {
      const name = fieldAttribute(field);
      const value = attributes[name];
      if (!element.contentAttributes.includes(name) || value === undefined || value === '') continue;
      names[field] = name;
      // A number attribute that is not one is quoted as written (as the webinar card does).
      item[field] =
        name === 'duration' && !Number.isNaN(Number(value))
          ? Number(value)
          : name === 'speakers'
            ? parseList(value)
            : value;
    }
    const noun = CONTENT_TYPES.find((type) => type.kind === element.kind)!.noun;
    const found: Shown[] = [];
    readItem(
      item,
      spec,
      (problem, path, skipped) =>
        found.push({
          severity: skipped ? 'error' : 'warning',
          path: names[path.split(/[.[]/)[0]] ?? path,
          message: itemProblem(noun, 0, 'its attributes', problem, skipped),
        }),
      names
    );
    return found;
  }

  /** The findings beside the preview: what the widget will say in the console, in its words. */
  #findings(): Shown[] | undefined {
    const element = this.#element;
    if (!element) return undefined;
    if (this.source === 'form') {
      const values = this.values[element.tag] ?? {};
      const attributes = Object.fromEntries(
        element.contentAttributes
          .filter((n) => typeof values[n] === 'string' && values[n])
          .map((n) => [n, values[n] as string])
      );
      return Object.keys(attributes).length ? this.#checkAttributes(element, attributes) : undefined;
    }
    if (this.loading) return undefined;
    if (this.loaded?.error) return [{severity: 'unreadable', message: this.loaded.error}];
    if (this.loaded?.data === undefined) return undefined;
    // JSON for a one-item element becomes its attributes: what it says of them.
    if (this.source === 'json' && !element.listAttribute && element.itemAttribute) {
      return this.#checkAttributes(
        element,
        itemAttributes(element, this.#items()[+this.item || 0], this.lang).attributes
      );
    }
    const source = this.source === 'url' ? this.feedUrl.trim() : this.jsonName || 'JSON';
    // JSON for a list element goes into its list attribute: the element names it so.
    const label =
      this.source === 'json' && element.listAttribute ? `the "${element.listAttribute}" attribute` : undefined;
    const {data} = this.loaded;
    const key = `${element.kind} ${source} ${label}`;
    if (this.#checked?.data !== data || this.#checked.key !== key) {
      this.#checked = {data, key, findings: validateFeed(data, {source, kind: element.kind, label}).findings};
    }
    const found: Shown[] = [...this.#checked!.findings];
    if (this.source === 'url' && this.item && element.itemAttribute) {
      const ids = this.#items().map((raw) => (isObject(raw) ? String(raw.id ?? '').trim() : ''));
      if (!ids.includes(this.item)) {
        const noun = CONTENT_TYPES.find((type) => type.kind === element.kind)!.noun;
        found.push({
          severity: 'error',
          message: `could not use the feed "${source}": no ${noun} with id "${this.item}".`,
        });
      }
    }
    return found;
  }

  // ---- updates ----

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('ui')) document.title = this.#t('title');
  }

  protected override updated() {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#refresh(), DEBOUNCE);
  }

  /** The preview and the outputs, once the typing pauses. */
  async #refresh() {
    const element = this.#element;
    const frame = this.querySelector<HTMLIFrameElement>('iframe.preview');
    if (!element || !frame) return;
    this.#preview ??= new Preview(frame);
    const attributes = this.#attributes();
    const css = this.#css();
    const input: SnippetInput = {
      element,
      attributes,
      css,
      scriptUrl: this.scriptUrl.trim() || this.script,
      wordpress: this.#wordpressSpec,
    };
    await this.#preview.show(this.script, {tag: element.tag, attributes, css, lang: this.lang, page: this.page});
    const shown = this.#preview.element;
    if (shown) input.preview = {element: shown, items: this.#shownItems(), lang: this.lang};
    const outputs = await Promise.all(
      OUTPUTS.filter((o) => o.available(input)).map(async (o) => ({
        id: o.id,
        label: o.label,
        hint: o.hint,
        text: await o.make(input),
        leftOut: o.leftOut?.(input) ?? [],
      }))
    );
    // Only a change re-renders (and so schedules another refresh).
    if (JSON.stringify(outputs) !== JSON.stringify(this.outputs)) {
      this.outputs = outputs;
      this.copied = {};
    }
    this.dispatchEvent(new Event('builder-refresh'));
  }

  /** Reads the feed at the URL, by the elements' own reader (5 MB at most, HTML pages refused…). */
  #loadFeed() {
    clearTimeout(this.#feedTimer);
    this.#feedRequest?.abort();
    const url = this.feedUrl.trim();
    if (!url) {
      this.loaded = undefined;
      return;
    }
    const request = (this.#feedRequest = new AbortController());
    this.loading = true;
    fetchFeed(url, {signal: request.signal})
      .then(
        (data) => ({data}),
        (e) => ({
          error: `could not use the feed "${url}": ${e instanceof FeedError ? e.message : (e as Error).message}.`,
        })
      )
      .then((loaded) => {
        if (request.signal.aborted) return;
        this.loaded = loaded;
        this.loading = false;
      });
  }

  #readJson(text: string) {
    if (!text.trim()) return undefined;
    const parsed = parseFeed(text);
    return 'error' in parsed
      ? {error: `could not use the feed "${this.jsonName || 'JSON'}": ${parsed.error.message}.`}
      : {data: parsed.data};
  }

  // ---- handlers ----

  #chooseElement(tag: string) {
    this.tag = tag;
    this.item = '';
    const element = this.#element;
    // A list element has nothing to type in.
    if (this.source === 'form' && !element?.contentAttributes.length) this.source = 'url';
  }

  #chooseSource(source: Source) {
    const element = this.#element;
    // The item on show becomes the form's starting point.
    if (source === 'form' && element && this.loaded?.data !== undefined) {
      const items = this.#items();
      const index =
        this.source === 'url'
          ? Math.max(
              0,
              items.findIndex((raw) => isObject(raw) && String(raw.id) === this.item)
            )
          : +this.item || 0;
      const {attributes} = itemAttributes(element, items[index], this.lang);
      const values = {...this.values[element.tag]};
      for (const name of element.contentAttributes) values[name] = attributes[name] ?? '';
      this.values = {...this.values, [element.tag]: values};
    }
    this.source = source;
    this.item = '';
    if (source === 'url') this.#loadFeed();
    else if (source === 'json') this.loaded = this.#readJson(this.jsonText);
  }

  #setFeedUrl(url: string, now = false) {
    this.feedUrl = url;
    this.item = '';
    clearTimeout(this.#feedTimer);
    this.#feedTimer = setTimeout(() => this.#loadFeed(), now ? 0 : 600);
  }

  #setJson(text: string, name = '') {
    this.jsonText = text;
    this.jsonName = name;
    this.loaded = this.#readJson(text);
  }

  async #openFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    // The elements read 5 MB at most: so does the builder.
    if (file.size > 5 * 1024 * 1024) {
      this.jsonText = '';
      this.jsonName = file.name;
      this.loaded = {error: `could not use the feed "${file.name}": larger than ${5 * 1024 * 1024} bytes.`};
      return;
    }
    this.#setJson(await file.text(), file.name);
  }

  #setValue(name: string, value: Value) {
    const tag = this.tag;
    this.values = {...this.values, [tag]: {...this.values[tag], [name]: value}};
  }

  async #copy(id: string) {
    const area = this.querySelector<HTMLTextAreaElement>(`#output-${id}`)!;
    const ok = await navigator.clipboard.writeText(area.value).then(
      () => true,
      // No clipboard permission (an http: page, an embedded frame): the old way, on the selection.
      () => {
        area.focus();
        area.select();
        try {
          return document.execCommand('copy');
        } catch {
          return false;
        }
      }
    );
    // Failed: the text stays selected, for Ctrl+C.
    if (!ok) {
      area.focus();
      area.select();
    }
    this.copied = {...this.copied, [id]: ok ? 'copied' : 'copyFailed'};
  }

  // ---- rendering ----

  override render() {
    const ui = this.ui;
    return html`
      <header class="intro">
        <h1>${this.#t('title')}</h1>
        <p>${this.#t('intro')}</p>
        <label class="ui-lang"
          >${this.#t('uiLanguage')}
          <select @change=${(e: Event) => (document.documentElement.lang = (e.target as HTMLSelectElement).value)}>
            ${UI_LANGS.map(
              (lang) =>
                html`<option value=${lang} lang=${lang} ?selected=${lang === ui}>
                  ${new Intl.DisplayNames([lang], {type: 'language'}).of(lang)}
                </option>`
            )}
          </select>
        </label>
      </header>
      ${
        this.failure
          ? html`<p class="failure" role="alert">${this.failure}</p>`
          : this.#element
            ? this.#renderBuilder(this.#element)
            : html`<p role="status">…</p>`
      }
    `;
  }

  #renderBuilder(element: ElementInfo) {
    return html`<div class="layout">
      <form class="controls" @submit=${(e: Event) => e.preventDefault()}>
        ${this.#renderElements()} ${this.#renderContent(element)} ${this.#renderOptions(element)}
        ${this.#renderLook(element)}
      </form>
      <div class="results">
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">${this.#t('preview')}</h2>
          <iframe class="preview" title=${this.#t('previewTitle')}></iframe>
        </section>
        ${this.#renderFindings()} ${this.#renderOutputs()}
      </div>
    </div>`;
  }

  #renderElements() {
    return html`<fieldset class="choices">
      <legend><h2>${this.#t('element')}</h2></legend>
      ${this.elements.map(
        (e) =>
          html`<label class="choice"
            ><input
              type="radio"
              name="element"
              .value=${e.tag}
              .checked=${live(e.tag === this.tag)}
              @change=${() => this.#chooseElement(e.tag)}
            />
            <span>${elementName(this.ui, e.tag)} <code>&lt;${e.tag}&gt;</code></span></label
          >`
      )}
    </fieldset>`;
  }

  #renderContent(element: ElementInfo) {
    const sources: [Source, Key][] = [
      ['url', 'sourceUrl'],
      ['json', 'sourceJson'],
    ];
    if (element.contentAttributes.length) sources.push(['form', 'sourceForm']);
    return html`<fieldset>
      <legend><h2>${this.#t('content')}</h2></legend>
      <fieldset class="choices inline">
        <legend>${this.#t('source')}</legend>
        ${sources.map(
          ([source, key]) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="source"
                .value=${source}
                .checked=${live(source === this.source)}
                @change=${() => this.#chooseSource(source)}
              />
              <span>${this.#t(key)}</span></label
            >`
        )}
      </fieldset>
      ${
        this.source === 'url'
          ? this.#renderFeedUrl()
          : this.source === 'json'
            ? this.#renderJson(element)
            : this.#renderForm(element)
      }
      ${this.source !== 'form' ? this.#renderItemPicker(element) : nothing}
    </fieldset>`;
  }

  #renderFeedUrl() {
    return html`<div class="field">
        <label for="feed-url">${this.#t('feedUrl')}</label>
        <input
          id="feed-url"
          type="text"
          inputmode="url"
          autocomplete="url"
          spellcheck="false"
          aria-describedby="feed-url-hint"
          .value=${live(this.feedUrl)}
          @input=${(e: Event) => this.#setFeedUrl((e.target as HTMLInputElement).value)}
          @change=${(e: Event) => this.#setFeedUrl((e.target as HTMLInputElement).value, true)}
        />
        <p class="hint" id="feed-url-hint">${this.#t('feedUrlHint')}</p>
      </div>
      <p class="actions">
        <button type="button" @click=${() => this.#setFeedUrl(this.example, true)}>${this.#t('example')}</button>
        <button type="button" ?disabled=${!this.feedUrl.trim()} @click=${() => this.#loadFeed()}>
          ${this.#t('reload')}
        </button>
        ${this.loading ? html`<span role="status">${this.#t('loading')}</span>` : nothing}
      </p>`;
  }

  #renderJson(element: ElementInfo) {
    const lost =
      element.itemAttribute && !element.listAttribute && this.loaded?.data !== undefined
        ? itemAttributes(element, this.#items()[+this.item || 0], this.lang).lost
        : [];
    return html`<div class="field">
        <label for="json">${this.#t('json')}</label>
        <textarea
          id="json"
          rows="8"
          spellcheck="false"
          aria-describedby="json-hint"
          .value=${live(this.jsonText)}
          @input=${(e: Event) => this.#setJson((e.target as HTMLTextAreaElement).value)}
        ></textarea>
        <p class="hint" id="json-hint">${this.#t('jsonHint')} ${this.#t('jsonInSnippet')}</p>
      </div>
      <div class="field">
        <label for="json-file">${this.#t('file')}</label>
        <input
          id="json-file"
          type="file"
          accept=".json,application/json,application/feed+json"
          @change=${(e: Event) => this.#openFile(e.target as HTMLInputElement)}
        />
      </div>
      ${lost.length ? html`<p class="note">${this.#t('lost', {fields: lost.join(', ')})}</p>` : nothing}`;
  }

  #renderForm(element: ElementInfo) {
    return html`<p class="hint">${this.#t('formHint')}</p>
      ${element.contentAttributes.map((name) => this.#renderAttribute(element.attributes.get(name)!))}`;
  }

  #renderItemPicker(element: ElementInfo) {
    if (!element.itemAttribute || element.listAttribute) return nothing;
    const items = this.#items();
    if (!items.length) return nothing;
    const byId = this.source === 'url';
    const choices = items
      .map((raw, index) => {
        const id =
          isObject(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id).trim() : '';
        const title = isObject(raw) ? titleOf(raw.title, this.lang) : '';
        return {value: byId ? id : String(index), label: `${byId ? id : `#${index + 1}`}${title ? ` — ${title}` : ''}`};
      })
      .filter((c) => c.value);
    return html`<div class="field">
      <label for="item">${this.#t('item')} ${byId ? html`(<code>${element.itemAttribute}</code>)` : nothing}</label>
      <select id="item" @change=${(e: Event) => (this.item = (e.target as HTMLSelectElement).value)}>
        ${byId ? html`<option value="" ?selected=${!this.item}>${this.#t('itemFirst')}</option>` : nothing}
        ${choices.map((c) => html`<option .value=${c.value} ?selected=${c.value === (this.item || (byId ? '' : '0'))}>${c.label}</option>`)}
      </select>
    </div>`;
  }

  #renderOptions(element: ElementInfo) {
    return html`<fieldset>
      <legend><h2>${this.#t('options')}</h2></legend>
      ${element.options.map((a) => this.#renderAttribute(a))}
    </fieldset>`;
  }

  /** One attribute's control, labelled, with its default and limits, flagged when the element would refuse it. */
  #renderAttribute(attribute: Attribute): TemplateResult {
    const {name, control, min, max} = attribute;
    const value = this.values[this.tag]?.[name] ?? (control === 'boolean' ? false : '');
    const id = `attr-${name}`;
    const label = html`${attributeLabel(this.ui, name, attribute.description)} <code>${name}</code>`;
    const set = (v: Value) => this.#setValue(name, v);
    if (control === 'boolean') {
      return html`<div class="field check">
        <input
          id=${id}
          type="checkbox"
          .checked=${live(value === true)}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked)}
        />
        <label for=${id}>${label}</label>
      </div>`;
    }
    const problem = attributeProblem(attribute, value as string);
    // A limit as large as timers take is no limit a person needs to read.
    const limits =
      min !== undefined && max !== undefined && max < 2 ** 31 - 1
        ? this.#t('range', {min, max})
        : min !== undefined
          ? this.#t('atLeast', {min})
          : '';
    const hint = [
      attribute.default !== undefined && control !== 'select' ? this.#t('defaultIs', {value: attribute.default}) : '',
      limits,
    ]
      .filter(Boolean)
      .join(' ');
    const describedBy = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ') || nothing;
    const input = (e: Event) => set((e.target as HTMLInputElement).value);
    let field: TemplateResult;
    if (control === 'select') {
      field = html`<select id=${id} aria-describedby=${describedBy} @change=${input}>
        <option value="" ?selected=${!value}>${this.#t('defaultChoice', {value: attribute.default ?? '—'})}</option>
        ${attribute.options!.map((o) => html`<option .value=${o} ?selected=${o === value}>${o}</option>`)}
      </select>`;
    } else if (control === 'textarea' || control === 'json') {
      field = html`<textarea
        id=${id}
        rows="3"
        spellcheck=${control === 'json' ? 'false' : 'true'}
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(value as string)}
        @input=${input}
      ></textarea>`;
    } else {
      field = html`<input
        id=${id}
        type=${control === 'number' ? 'number' : 'text'}
        inputmode=${control === 'url' ? 'url' : nothing}
        spellcheck=${control === 'url' ? 'false' : nothing}
        min=${min ?? nothing}
        max=${max ?? nothing}
        step=${control === 'number' && !attribute.integer ? 'any' : nothing}
        placeholder=${attribute.default ?? nothing}
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : 'false'}
        .value=${live(value as string)}
        @input=${input}
      />`;
    }
    const problems: Record<string, Key> = {number: 'badNumber', range: 'badRange', json: 'badJson'};
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${field} ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing}
      ${problem ? html`<p class="problem" id="${id}-problem">${this.#t(problems[problem])}</p>` : nothing}
    </div>`;
  }

  #renderLook(element: ElementInfo) {
    const names = new Intl.DisplayNames([this.ui], {type: 'language'});
    return html`<fieldset>
      <legend><h2>${this.#t('look')}</h2></legend>
      <div class="field">
        <label for="preview-lang">${this.#t('previewLanguage')}</label>
        <select
          id="preview-lang"
          aria-describedby="preview-lang-hint"
          @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}
        >
          ${[...allLocales]
            .sort((a, b) => (names.of(a) ?? a).localeCompare(names.of(b) ?? b, this.ui))
            .map((lang) => html`<option value=${lang} ?selected=${lang === this.lang}>${names.of(lang)}</option>`)}
        </select>
        <p class="hint" id="preview-lang-hint">${this.#t('previewLanguageHint')}</p>
      </div>
      <fieldset class="choices inline">
        <legend>${this.#t('page')}</legend>
        ${(['light', 'dark'] as const).map(
          (page) =>
            html`<label class="choice"
              ><input
                type="radio"
                name="page"
                .value=${page}
                .checked=${live(page === this.page)}
                @change=${() => (this.page = page)}
              />
              <span>${this.#t(page)}</span></label
            >`
        )}
      </fieldset>
      <fieldset>
        <legend>${this.#t('tokens')}</legend>
        <p class="hint">${this.#t('tokensHint')}</p>
        ${element.tokens.map((token) => this.#renderToken(token))}
      </fieldset>
      ${this.#renderContrast()}
    </fieldset>`;
  }

  #renderToken(token: ElementInfo['tokens'][number]) {
    const id = `token${token.name}`;
    const value = this.tokens[token.name] ?? '';
    const color = token.name.startsWith('--cm-color-');
    // The swatch shows the colour in force: the value, else the default when it is one.
    const rgba = color ? (parseColor(value) ?? parseColor(token.default ?? '')) : undefined;
    const hex =
      rgba && rgba[3] === 1
        ? `#${rgba
            .slice(0, 3)
            .map((c) => c.toString(16).padStart(2, '0'))
            .join('')}`
        : '#000000';
    const set = (v: string) => (this.tokens = {...this.tokens, [token.name]: v});
    return html`<div class="field token">
      <label for=${id}>${tokenLabel(this.ui, token.name, token.description)} <code>${token.name}</code></label>
      <div class="token-inputs">
        <input
          id=${id}
          type="text"
          spellcheck="false"
          placeholder=${token.default ?? nothing}
          aria-describedby="${id}-hint"
          .value=${live(value)}
          @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
        />
        ${
          color
            ? html`<input
                type="color"
                aria-label=${tokenLabel(this.ui, token.name, token.description)}
                .value=${live(hex)}
                @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
              />`
            : nothing
        }
      </div>
      <p class="hint" id="${id}-hint">${this.#t('defaultIs', {value: token.default ?? '—'})}</p>
    </div>`;
  }

  #renderContrast() {
    const set = TEXT_TOKENS.filter((name) => this.tokens[name]?.trim());
    const surface = this.tokens[SURFACE]?.trim() ? parseColor(this.tokens[SURFACE]) : undefined;
    const cell = (name: string, page: keyof typeof PAGES) => {
      const fg = parseColor(this.tokens[name]);
      const pageColor = parseColor(PAGES[page])!;
      if (!fg) return html`<td>${this.#t('contrastUnknown')}</td>`;
      const bg = surface ? over(surface, pageColor) : pageColor;
      const ratio = contrast(over(fg, bg), bg);
      const low = ratio < MIN_CONTRAST;
      const format = new Intl.NumberFormat(this.ui, {maximumFractionDigits: 2});
      // Rounded down: 4.499 is not 4.5.
      const shown = format.format(Math.floor(ratio * 100) / 100);
      return html`<td class=${low ? 'low' : 'ok'}>
        ${shown}:1 — ${low ? this.#t('contrastLow', {min: format.format(MIN_CONTRAST)}) : this.#t('contrastOk')}
      </td>`;
    };
    return html`<div class="contrast" aria-live="polite">
      <h3>${this.#t('contrast')}</h3>
      ${
        set.length
          ? html`<table>
              <thead>
                <tr>
                  <th scope="col">${this.#t('contrastToken')}</th>
                  <th scope="col">${this.#t('contrastLight')}</th>
                  <th scope="col">${this.#t('contrastDark')}</th>
                </tr>
              </thead>
              <tbody>
                ${set.map(
                  (name) =>
                    html`<tr>
                      <th scope="row"><code>${name}</code></th>
                      ${cell(name, 'light')} ${cell(name, 'dark')}
                    </tr>`
                )}
              </tbody>
            </table>`
          : html`<p class="hint">${this.#t('contrastNone')}</p>`
      }
    </div>`;
  }

  #renderFindings() {
    const findings = this.#findings();
    const errors = findings?.filter((f) => f.severity !== 'warning').length ?? 0;
    const status = !findings
      ? this.#t('noContent')
      : findings.length
        ? this.#t('counts', {errors, warnings: findings.length - errors})
        : this.#t('noFindings');
    const label: Record<Shown['severity'], Key> = {error: 'error', warning: 'warning', unreadable: 'unreadable'};
    return html`<section aria-labelledby="findings-heading" class="findings">
      <h2 id="findings-heading">${this.#t('findings')}</h2>
      <p class="hint">${this.#t('findingsHint')}</p>
      <p role="status" class="status">${status}</p>
      ${
        findings?.length
          ? html`<ul>
              ${findings.slice(0, 200).map(
                (f) =>
                  html`<li class=${f.severity}>
                    <strong>${this.#t(label[f.severity])}</strong>
                    ${f.path ? html`<code>${f.path}</code>` : nothing}
                    ${f.id !== undefined ? html`<span class="item">id “${f.id}”</span>` : f.title ? html`<span class="item">“${f.title}”</span>` : nothing}
                    <span class="message" lang="en">${f.message}</span>
                  </li>`
              )}
            </ul>`
          : nothing
      }
    </section>`;
  }

  #renderOutputs() {
    return html`<section aria-labelledby="code-heading" class="outputs">
      <h2 id="code-heading">${this.#t('code')}</h2>
      <div class="field">
        <label for="script-url">${this.#t('scriptUrl')}</label>
        <input
          id="script-url"
          type="text"
          inputmode="url"
          spellcheck="false"
          list="script-urls"
          aria-describedby="script-url-hint"
          .value=${live(this.scriptUrl)}
          @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)}
        />
        <datalist id="script-urls">
          <option value=${this.script}></option>
          <option value="https://cdn.jsdelivr.net/npm/@citiesofmigration/widgets@0/dist/cm-widgets.js"></option>
        </datalist>
        <p class="hint" id="script-url-hint">${this.#t('scriptUrlHint')}</p>
      </div>
      ${this.outputs.map(
        (o) =>
          html`<div class="output">
            <h3 id="output-${o.id}-label">${this.#t(o.label)}</h3>
            <p class="hint" id="output-${o.id}-hint">${this.#t(o.hint)}</p>
            ${
              o.leftOut.length
                ? html`<p class="note">${this.#t('wordpressSkipped', {names: o.leftOut.join(', ')})}</p>`
                : nothing
            }
            <textarea
              id="output-${o.id}"
              readonly
              rows=${Math.min(12, o.text.split('\n').length + 1)}
              spellcheck="false"
              aria-labelledby="output-${o.id}-label"
              aria-describedby="output-${o.id}-hint"
              .value=${o.text}
            ></textarea>
            <p class="actions">
              <button type="button" @click=${() => this.#copy(o.id)} aria-describedby="output-${o.id}-label">
                ${this.#t('copy')}
              </button>
              <span role="status">${this.copied[o.id] ? this.#t(this.copied[o.id]!) : ''}</span>
            </p>
          </div>`
      )}
    </section>`;
  }
}

/** A JSON list typed in an attribute, or the text itself (the normalizer then says what is wrong). */
function parseList(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** An item's title for the picker, in `lang`, short. */
function titleOf(value: unknown, lang: string): string {
  const text =
    typeof value === 'string' ? value : isObject(value) ? (value[lang] ?? value.en ?? Object.values(value)[0]) : '';
  return typeof text === 'string' ? plainText(text.slice(0, 1000)).slice(0, 60) : '';
}

customElements.get('snippet-builder') ?? customElements.define('snippet-builder', SnippetBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
