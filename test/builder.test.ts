/**
 * The snippet builder in Chromium, used as a webmaster would: choose each element, give it a
 * feed (pasted, or by URL), copy the snippet, and paste it into a fresh page, which must show
 * the same content as the preview; the findings are the widget's own console words. Also:
 * the form, the item picker, the language, the contrast check, the limits of attributes, the
 * French page, axe, 320 px, and the static build.
 */
import {aTimeout, expect, fixture, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../builder/app.js';
import type {SnippetBuilder} from '../builder/app.js';
import {until} from './helpers.js';

const SCRIPT = new URL('/dist/cm-widgets.js', location.href).href;
const FEED = new URL('/demo/content.json', location.href).href;

let demo: string;
before(async () => {
  demo = await (await fetch('/demo/content.json')).text();
  // The builder's page style, as its index.html links it.
  const link = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/builder/builder.css'});
  document.head.append(link);
  await new Promise((resolve) => link.addEventListener('load', resolve, {once: true}));
});

async function mount() {
  const el = await fixture<SnippetBuilder>(
    html`<snippet-builder
      manifest="/custom-elements.json"
      wordpress="/wordpress/elements.json"
      script=${SCRIPT}
      example=${FEED}
    ></snippet-builder>`
  );
  await until(() => !!el.querySelector('iframe.preview'), 5000, 'the builder');
  return el;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T>(selector)!;
const output = (el: Element, id = 'html') => q<HTMLTextAreaElement>(el, `#output-${id}`)?.value ?? '';
const previewElement = (el: Element) =>
  q<HTMLIFrameElement>(el, 'iframe.preview').contentDocument?.body?.firstElementChild as HTMLElement | null;
/** What a visitor reads in an element: its shadow root's text, spaces collapsed. */
const shown = (node: Element | null | undefined) => (node?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Sets a control's value as typing would. */
function type(control: HTMLInputElement | HTMLTextAreaElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('input', {bubbles: true}));
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

function choose(el: Element, selector: string) {
  q<HTMLInputElement>(el, selector).click();
}

function select(control: HTMLSelectElement, value: string) {
  control.value = value;
  control.dispatchEvent(new Event('change', {bubbles: true}));
}

/** Waits until the preview element shows content that stays the same for a moment. */
async function settledText(get: () => Element | null | undefined, what: string) {
  let last = '';
  await until(
    () => {
      const text = shown(get());
      const stable = text !== '' && text === last && !get()?.shadowRoot?.querySelector('[part=loading]');
      last = text;
      return stable;
    },
    8000,
    what
  );
  await aTimeout(150);
  return shown(get());
}

/**
 * The snippet in a page of its own, as wide as the preview (an element may lay out by its
 * width), with the console's warnings recorded before anything runs.
 */
async function freshPage(snippet: string, width = 800) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><style>body { margin: 1rem; }</style><script>
    window.__warnings = [];
    const warn = console.warn.bind(console);
    const error = console.error.bind(console);
    console.warn = (...args) => (window.__warnings.push(String(args[0])), warn(...args));
    console.error = (...args) => (window.__warnings.push(String(args[0])), error(...args));
  </script></head><body>${snippet}</body></html>`;
  frame.style.inlineSize = `${width}px`;
  frame.style.border = '0';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const element = () => frame.contentDocument!.body.querySelector(':scope > :not(script, style)');
  return {frame, element, warnings: () => (frame.contentWindow as unknown as {__warnings: string[]}).__warnings};
}

/** The findings listed beside the preview, as their messages. */
const findings = (el: Element) => [...el.querySelectorAll('.findings li .message')].map((m) => m.textContent!.trim());

let clipboard: sinon.SinonStub;
beforeEach(() => {
  clipboard = sinon.stub(navigator.clipboard, 'writeText').resolves();
});
afterEach(async () => {
  sinon.restore();
  document.querySelectorAll('body > iframe').forEach((f) => f.remove());
  document.documentElement.lang = 'en';
  await setViewport({width: 800, height: 600});
});

describe('snippet builder', () => {
  it('offers every element of custom-elements.json, in DESIGN.md’s order, each named', async () => {
    const el = await mount();
    const manifest = await (await fetch('/custom-elements.json')).json();
    const tags = manifest.modules
      .flatMap((m: {declarations?: {customElement?: boolean; tagName?: string}[]}) => m.declarations ?? [])
      .filter((d: {customElement?: boolean; tagName?: string}) => d.customElement && d.tagName?.startsWith('cm-'))
      .map((d: {tagName: string}) => d.tagName);
    const offered = [...el.querySelectorAll<HTMLInputElement>('input[name=element]')].map((i) => i.value);
    expect([...offered].sort()).to.deep.equal([...tags].sort());
    // The elements DESIGN.md has ready are all there (a JSDoc the analyzer misses drops one).
    expect(offered).to.include.members(['cm-featured-story', 'cm-quote-rotator', 'cm-webinar-card', 'cm-ideas-index']);
    const order = ['cm-featured-story', 'cm-quote-rotator', 'cm-webinar-card', 'cm-ideas-index', 'cm-ideas-map'];
    expect(offered).to.deep.equal(
      order.filter((t) => offered.includes(t)).concat(offered.filter((t) => !order.includes(t)))
    );
  });

  it('for each element: pasted JSON, copied snippet, and a fresh page with the snippet shows what the preview shows', async () => {
    const el = await mount();
    const tags = [...el.querySelectorAll<HTMLInputElement>('input[name=element]')].map((i) => i.value);
    choose(el, 'input[name=source][value=json]');
    await el.updateComplete;
    type(q<HTMLTextAreaElement>(el, '#json'), demo);
    for (const tag of tags) {
      choose(el, `input[name=element][value=${tag}]`);
      await until(
        () => output(el).includes(`<${tag}`) && previewElement(el)?.localName === tag,
        5000,
        `${tag} snippet`
      );
      const preview = await settledText(() => previewElement(el), `${tag} preview`);
      const snippet = output(el);
      expect(snippet, tag).to.match(new RegExp(`^<script type="module" src="${SCRIPT}"></script>\\n<${tag}[\\s>]`));
      // The story and webinar from their attributes, the lists from their JSON attribute: no src.
      expect(snippet.split('</script>')[1], tag).not.to.contain(' src=');
      q<HTMLButtonElement>(el, '.output button').click();
      await until(() => clipboard.called, 2000, 'the copy');
      expect(clipboard.lastCall.args[0]).to.equal(snippet);
      await until(() => q(el, '.output [role=status]').textContent!.includes('Copied'), 2000, 'copied');
      const page = await freshPage(clipboard.lastCall.args[0], q(el, 'iframe.preview').clientWidth);
      const pasted = await settledText(() => page.element(), `${tag} in a fresh page`);
      expect(pasted, tag).to.equal(preview);
      expect(pasted.length, tag).to.be.greaterThan(20);
      page.frame.remove();
    }
  });

  it('offers the prerendered HTML: the widget drawn in the page before its script, taken over in place', async () => {
    const el = await mount();
    await until(() => output(el).includes(`src="${FEED}"`), 5000, 'the example feed');
    const preview = await settledText(() => previewElement(el), 'the preview');
    await until(() => output(el, 'prerendered').includes('shadowrootmode'), 8000, 'the prerendered output');
    const snippet = output(el, 'prerendered');
    expect(snippet).to.match(new RegExp(`^<script type="module" src="${SCRIPT}"></script>\n<cm-featured-story `));
    expect(snippet).to.contain(
      `<template shadowrootmode="open"><link rel="stylesheet" href="${SCRIPT.replace('cm-widgets.js', 'cm-widgets.css')}">`
    );
    expect(snippet, 'no Lit markers, no inline style').not.to.match(/<!--|<style|\sstyle=/);
    // Drawn by the page's parser, with the script not yet run: the text is there at once.
    const page = await freshPage(snippet.replace(/<script[^>]*><\/script>/, ''), q(el, 'iframe.preview').clientWidth);
    expect(shown(page.element())).to.equal(preview);
    const box = page.element()!.shadowRoot!.querySelector('[part=card]')!.getBoundingClientRect();
    // Then the script takes it over without moving it.
    const script = page.frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = SCRIPT;
    page.frame.contentDocument!.head.append(script);
    await until(() => !page.element()!.shadowRoot!.querySelector('link'), 8000, 'the takeover');
    const after = page.element()!.shadowRoot!.querySelector('[part=card]')!.getBoundingClientRect();
    expect([after.x, after.y, after.width, after.height]).to.deep.equal([box.x, box.y, box.width, box.height]);
    expect(shown(page.element())).to.equal(preview);
  });

  it('by feed URL: the snippet names the feed and the item, and the findings are the console’s words', async () => {
    const el = await mount();
    // The example feed is there from the start.
    await until(() => output(el).includes(`src="${FEED}"`), 5000, 'the example feed');
    const picker = () => q<HTMLSelectElement>(el, '#item');
    await until(() => !!el.querySelector('#item option[value=two-cheers]'), 5000, 'the item picker');
    select(picker(), 'two-cheers');
    await until(() => output(el).includes('story-id="two-cheers"'), 3000, 'story-id');
    const preview = await settledText(() => previewElement(el), 'the preview');
    expect(preview).to.contain('Two cheers for the Global Compact');

    // A feed with a skipped item: the builder says what the widget says.
    choose(el, 'input[name=element][value=cm-quote-rotator]');
    const quotes = new URL('/test/fixtures/quotes.json', location.href).href;
    type(q<HTMLInputElement>(el, '#feed-url'), quotes);
    await until(() => findings(el).length > 0 && output(el).includes(`src="${quotes}"`), 5000, 'the findings');
    const page = await freshPage(output(el));
    await settledText(() => page.element(), 'the quotes');
    await until(() => page.warnings().length > 0, 3000, 'the console');
    expect(findings(el)).to.deep.equal(page.warnings().map((w) => w.replace(/^<cm-quote-rotator>: /, '')));
    expect(q(el, '.findings .status').textContent).to.equal('Errors: 1. Warnings: 0.');
    expect(q(el, '.findings li code').textContent).to.equal('$.quotes[3].text');
  });

  it('says when a feed cannot be read, or lacks the item asked for', async () => {
    const el = await mount();
    type(q<HTMLInputElement>(el, '#feed-url'), '/test/fixtures/invalid.json');
    await until(
      () => findings(el)[0]?.startsWith('could not use the feed "/test/fixtures/invalid.json": invalid JSON'),
      5000,
      'unreadable'
    );
    expect(q(el, '.findings li strong').textContent).to.equal('Cannot be read');
  });

  it('from the form: the attributes are the content, checked in the element’s words', async () => {
    const el = await mount();
    choose(el, 'input[name=source][value=form]');
    await el.updateComplete;
    type(q<HTMLInputElement>(el, '#attr-heading'), 'Our own story');
    type(q<HTMLInputElement>(el, '#attr-href'), 'javascript:alert(1)');
    await until(() => findings(el).length > 0, 3000, 'the finding');
    expect(findings(el)).to.deep.equal([
      'skipped story #1 of its attributes: "href" is not an http(s) or relative URL.',
    ]);
    type(q<HTMLInputElement>(el, '#attr-href'), '/stories/our-own');
    await until(() => output(el).includes('href="/stories/our-own"'), 3000, 'the snippet');
    expect(output(el)).to.contain(
      '<cm-featured-story heading="Our own story" href="/stories/our-own"></cm-featured-story>'
    );
    expect(await settledText(() => previewElement(el), 'the story')).to.contain('Our own story');
    expect(q(el, '.findings .status').textContent).to.equal('No problem: every item shows as written.');
  });

  it('checks attributes against their documented limits and leaves a refused value out', async () => {
    const el = await mount();
    const level = q<HTMLInputElement>(el, '#attr-heading-level');
    expect(level.min).to.equal('2');
    expect(level.max).to.equal('6');
    expect(level.placeholder).to.equal('3');
    type(level, '9');
    await el.updateComplete;
    expect(level.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, '#attr-heading-level-problem').textContent).to.contain('Out of range');
    type(level, '2');
    await until(() => output(el).includes('heading-level="2"'), 3000, 'heading-level');
    choose(el, 'input[name=element][value=cm-quote-rotator]');
    await el.updateComplete;
    expect(q<HTMLInputElement>(el, '#attr-interval').min).to.equal('3000');
    q<HTMLInputElement>(el, '#attr-autoplay').click();
    await until(() => / autoplay[\s>]/.test(output(el)), 3000, 'autoplay');
  });

  it('offers the WordPress block and shortcode, and says what they cannot carry', async () => {
    const el = await mount();
    await until(() => output(el, 'shortcode').includes('[cm_featured_story src='), 5000, 'the shortcode');
    expect(output(el, 'block')).to.equal(`<!-- wp:citiesofmigration/featured-story {"src":"${FEED}"} /-->\n`);
    choose(el, 'input[name=element][value=cm-quote-rotator]');
    choose(el, 'input[name=source][value=json]');
    await el.updateComplete;
    type(q<HTMLTextAreaElement>(el, '#json'), demo);
    await until(() => output(el, 'shortcode') === '[cm_quote_rotator]\n', 3000, 'the shortcode without JSON');
    expect(el.querySelector('.output .note')?.textContent).to.contain('quotes left out');
  });

  it('shows the preview in the language chosen, right to left for Arabic, on a dark page', async () => {
    const el = await mount();
    await settledText(() => previewElement(el), 'the preview');
    select(q<HTMLSelectElement>(el, '#preview-lang'), 'ar');
    choose(el, 'input[name=page][value=dark]');
    const doc = () => q<HTMLIFrameElement>(el, 'iframe.preview').contentDocument!.documentElement;
    await until(() => doc().lang === 'ar' && doc().dir === 'rtl' && doc().dataset.page === 'dark', 3000, 'Arabic');
    await until(() => shown(previewElement(el)).includes('اقرأ المزيد'), 5000, 'the Arabic “More”');
  });

  it('checks the contrast of the text colours on a light and a dark page', async () => {
    const el = await mount();
    type(q<HTMLInputElement>(el, '#token--cm-color-accent'), '#d08070');
    await el.updateComplete;
    const cells = [...el.querySelectorAll('.contrast tbody td')].map((td) =>
      td.textContent!.replace(/\s+/g, ' ').trim()
    );
    expect(cells).to.deep.equal(['2.99:1 — below 4.5:1, hard to read', '6.29:1 — enough']);
    await until(() => output(el).includes('--cm-color-accent: #d08070;'), 3000, 'the token in the snippet');
    type(q<HTMLInputElement>(el, '#token--cm-color-surface'), 'white');
    await el.updateComplete;
    // On its own surface, the page behind no longer matters.
    const onSurface = [...el.querySelectorAll('.contrast tbody td')].map((td) => td.textContent!.trim().split(' ')[0]);
    expect(onSurface).to.deep.equal(['2.99:1', '2.99:1']);
  });

  it('is in French when the page is', async () => {
    const el = await mount();
    select(q<HTMLSelectElement>(el, '.ui-lang select'), 'fr');
    await until(() => q(el, 'h1').textContent === 'Générateur de code', 3000, 'French');
    expect(document.documentElement.lang).to.equal('fr');
    expect(q(el, 'label[for=feed-url]').textContent).to.equal('URL du flux');
    expect(el.querySelector('input[name=element][value=cm-ideas-index]')!.parentElement!.textContent).to.contain(
      'Index des bonnes idées'
    );
  });

  it('copies without the Clipboard API too, or leaves the code selected', async () => {
    const el = await mount();
    await until(() => output(el) !== '', 5000, 'the snippet');
    clipboard.rejects(new Error('denied'));
    const exec = sinon.stub(document, 'execCommand').returns(false);
    q<HTMLButtonElement>(el, '.output button').click();
    await until(() => exec.called, 2000, 'execCommand');
    await until(() => q(el, '.output [role=status]').textContent!.includes('Could not copy'), 2000, 'the message');
    const area = q<HTMLTextAreaElement>(el, '#output-html');
    expect(document.activeElement).to.equal(area);
    expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
  });

  it('is accessible (axe), with every control labelled', async () => {
    const el = await mount();
    await settledText(() => previewElement(el), 'the preview');
    await expect(el).to.be.accessible();
    for (const control of el.querySelectorAll('input, select, textarea')) {
      expect(
        (control as HTMLInputElement).labels?.length ||
          control.getAttribute('aria-label') ||
          control.getAttribute('aria-labelledby'),
        control.outerHTML
      ).to.be.ok;
    }
  });

  it('works at 320 px: nothing wider than the screen, still accessible', async () => {
    await setViewport({width: 320, height: 640});
    const el = await mount();
    await settledText(() => previewElement(el), 'the preview');
    const wide = [...document.querySelectorAll('body *')]
      .filter((n) => n.getBoundingClientRect().right > 321)
      .map((n) => `${n.localName}#${n.id}.${n.className} ${Math.round(n.getBoundingClientRect().right)}`);
    expect(wide).to.deep.equal([]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of el.querySelectorAll('input, select, textarea, button, iframe')) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(321);
    }
    await expect(el).to.be.accessible();
  });

  it('works as the static build a city hosts (dist/builder/, relative paths)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/dist/builder/index.html';
    frame.style.inlineSize = '1000px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    const builder = () => frame.contentDocument!.querySelector('snippet-builder')!;
    await until(() => !!builder()?.querySelector('#output-html'), 8000, 'the built builder');
    await until(() => output(builder()).includes('/dist/builder/example.json'), 5000, 'the example feed');
    expect(output(builder())).to.contain(
      `<script type="module" src="${new URL('/dist/builder/cm-widgets.js', location.href).href}">`
    );
    await settledText(() => previewElement(builder()), 'the built preview');
  });
});

describe('the prerendered snippet’s line separator', () => {
  it('is the translation’s: the Arabic comma on an Arabic page, ", " elsewhere', async () => {
    const {separatorFor} = await import('../builder/prerendered.js');
    expect(await separatorFor('ar-MA')).to.equal('، ');
    expect(await separatorFor('fr')).to.equal(', ');
    expect(await separatorFor('it')).to.equal(', ');
  });
});
