// The demo page (what `npm start` serves), loaded whole with the built dist/cm-widgets.js:
// its "copy this code" snippets must say what the page really uses (demo/snippets.js makes
// them from the page itself), so a webmaster who copies one gets what they saw working.
import {expect} from '@open-wc/testing';
import {until} from './helpers.js';

/** Attributes set or changed at run time: the snippet shows the page's HTML instead. */
const RUNTIME_ATTRIBUTES = new Set([
  // The language switch names the quote rotator's region in the page language.
  'label',
  // The quote rotator reflects its current quote.
  'index',
  // The widgets mirror themselves on a right-to-left page.
  'dir',
]);

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
/** An element's markup without the demo's own data-* hooks. */
function withoutHooks(el: Element) {
  const copy = el.cloneNode(true) as Element;
  for (const node of [copy, ...copy.querySelectorAll('*')])
    for (const attr of node.getAttributeNames()) if (attr.startsWith('data-')) node.removeAttribute(attr);
  return copy;
}

let frame: HTMLIFrameElement;
before(async () => {
  frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  document.body.append(frame);
  const loaded = new Promise((r) => frame.addEventListener('load', r, {once: true}));
  frame.src = '/demo/index.html?lang=en';
  await loaded;
});
after(() => frame.remove());

describe('the demo page', () => {
  it('writes no snippet by hand: each one is made from the page', async () => {
    const doc = frame.contentDocument!;
    const blocks = [...doc.querySelectorAll('.snippet pre')];
    expect(blocks).to.have.length(6);
    for (const pre of blocks) {
      expect(pre.children, pre.textContent!).to.have.length(1);
      expect(pre.firstElementChild!.matches('code[data-snippet-from]'), pre.outerHTML).to.be.true;
    }
    await until(() => blocks.every((pre) => pre.textContent!.trim()), 10_000, 'the snippets');
  });

  it('shows each element as the page writes it, children and attributes', async () => {
    const doc = frame.contentDocument!;
    const codes = [...doc.querySelectorAll<HTMLElement>('code[data-snippet-from]:not([data-snippet-from^="css:"])')];
    expect(codes.map((c) => c.dataset.snippetFrom)).to.deep.equal(['ideas', 'map', 'story', 'webinar', 'quotes']);
    await until(() => codes.every((c) => c.textContent!.trim()), 10_000, 'the snippets');
    for (const code of codes) {
      const name = code.dataset.snippetFrom!;
      let text = code.textContent!;
      if (code.hasAttribute('data-snippet-script')) {
        const [script, ...rest] = text.split('\n\n');
        // The page's own script, as published on the CDN.
        const own = doc.querySelector<HTMLScriptElement>('script[type=module][src$="cm-widgets.js"]')!;
        expect(script).to.equal(
          `<script type="module" src="https://cdn.jsdelivr.net/npm/@citiesofmigration/widgets@0${new URL(own.src).pathname}"></script>`
        );
        text = rest.join('\n\n');
      }
      const template = doc.createElement('template');
      template.innerHTML = text;
      expect(template.content.children, name).to.have.length(1);
      const snippet = template.content.firstElementChild!;
      const live = withoutHooks(doc.querySelector(`[data-snippet="${name}"]`)!);
      expect(snippet.localName, name).to.equal(live.localName);
      for (const attr of snippet.getAttributeNames()) {
        // A run-time value may differ from the page's (the label follows the language).
        if (RUNTIME_ATTRIBUTES.has(attr)) expect(live.hasAttribute(attr), `${name}: ${attr}`).to.be.true;
        else expect(live.getAttribute(attr), `${name}: ${attr}`).to.equal(snippet.getAttribute(attr));
      }
      const missing = live.getAttributeNames().filter((a) => !snippet.hasAttribute(a) && !RUNTIME_ATTRIBUTES.has(a));
      expect(missing, `${name}: attributes the snippet lacks`).to.deep.equal([]);
      expect(squash(snippet.innerHTML), `${name}: children`).to.equal(squash(live.innerHTML));
      // Pasted as it reads: the attributes of a boolean are written bare, no line starts with
      // the page's own indentation (the closing tag ends a long element; a short one is one line).
      expect(text, name).not.to.match(/=""/);
      expect(text.split('\n').at(-1), name).to.match(/^<\/|^<cm-.*<\/cm-[\w-]+>$/);
    }
  });

  it('shows the theme as the stylesheet declares it', async () => {
    const doc = frame.contentDocument!;
    const code = doc.querySelector<HTMLElement>('code[data-snippet-from="css:.civic-theme"]')!;
    await until(() => !!code.textContent!.trim(), 10_000, 'the theme snippet');
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(code.textContent!);
    const shown = sheet.cssRules[0] as CSSStyleRule;
    expect(sheet.cssRules).to.have.length(1);
    expect(shown.selectorText).to.equal('.civic-theme');
    // Read independently of the page: demo.css's own text, parsed by the browser.
    const source = new CSSStyleSheet();
    source.replaceSync(await (await fetch('/demo/demo.css')).text());
    const rule = [...source.cssRules].find((r) => (r as CSSStyleRule).selectorText === '.civic-theme') as CSSStyleRule;
    const declarations = (r: CSSStyleRule) => [...r.style].map((p) => `${p}: ${r.style.getPropertyValue(p).trim()}`);
    expect(declarations(shown)).to.deep.equal(declarations(rule));
    expect(declarations(shown)).to.include("--cm-font-family: Georgia, 'Times New Roman', serif");
    // And the page does wear that theme: a themed widget inherits its font.
    const themed = doc.querySelector('.civic-theme cm-featured-story')!;
    expect(getComputedStyle(themed).getPropertyValue('--cm-font-family').trim()).to.equal(
      "Georgia, 'Times New Roman', serif"
    );
  });
});
