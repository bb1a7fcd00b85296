// Inputs at the edges, across elements: values apps and webmasters really give.
import {expect, fixture, html} from '@open-wc/testing';
import '../src/index.js';
import {captureConsole, until} from './helpers.js';

let spy: ReturnType<typeof captureConsole>;
beforeEach(() => (spy = captureConsole()));
afterEach(() => spy.restore());

const sr = (el: Element) => el.shadowRoot!;

describe('edge inputs', () => {
  it('a timeout that is empty, not a number or removed falls back to 10 s with one warning', async () => {
    for (const bad of ['', 'soon', '0', '-5']) {
      spy.warn.resetHistory();
      const el = await fixture(
        html`<cm-featured-story timeout=${bad} src="/test/fixtures/stories.json"></cm-featured-story>`
      );
      await until(() => !!sr(el).querySelector('article, [part=error]'), 3000, `story with timeout="${bad}"`);
      expect(sr(el).querySelector('article'), bad).to.exist;
      expect(
        spy.warnings().filter((w) => w.includes(`timeout="${bad}"`)),
        bad
      ).to.have.length(1);
    }
    const el = await fixture(html`<cm-quote-rotator timeout="50" src="/test/fixtures/quotes.json"></cm-quote-rotator>`);
    el.removeAttribute('timeout');
    await until(() => !!sr(el).querySelector('.slide, [part=error]'), 3000, 'quotes');
    expect(sr(el).querySelector('.slide')).to.exist;
  });

  it('children that cannot be read as content stay visible, as the webmaster wrote them', async () => {
    const el = await fixture(
      html`<cm-ideas-index
        ><ul>
          <li><a href="/idea">A plain list of ideas</a></li>
        </ul></cm-ideas-index
      >`
    );
    await until(() => !!sr(el).querySelector('slot'), 2000, 'the slot');
    expect(el.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(spy.warnings().join('\n')).to.contain('"city" is missing');
  });

  it('an empty list is "nothing to show" (or the index\'s own empty state), not an error', async () => {
    const rotator = await fixture(html`<cm-quote-rotator .quotes=${[]}></cm-quote-rotator>`);
    expect(sr(rotator).querySelector('[part=error] p')!.textContent).to.equal('Quotes: There is nothing to show yet.');
    const ideas = await fixture(html`<cm-ideas-index .ideas=${[]}></cm-ideas-index>`);
    await (ideas as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(sr(ideas).querySelector('[part=empty]')!.textContent!.trim()).to.equal('There are no ideas to show.');
    expect(sr(ideas).querySelector('[role=alert]')).to.equal(null);
  });

  it('the webinar card takes speakers as a list from code, and the duration property wins over the attribute', async () => {
    const el = await fixture<HTMLElementTagNameMap['cm-webinar-card']>(
      html`<cm-webinar-card heading="W" href="/w" date="2099-01-01T10:00:00Z" duration="60"></cm-webinar-card>`
    );
    el.speakers = [{name: 'Sarah Spencer', organization: 'Oxford'}];
    el.duration = 90;
    await el.updateComplete;
    expect(sr(el).querySelector('[part=speaker]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sarah Spencer, Oxford'
    );
    expect(sr(el).querySelector('[part=meta]')!.textContent).to.contain('90 min');
    expect(spy.errors()).to.deep.equal([]);
  });

  it('a dash before the author in a quote footer is typography', async () => {
    const el = await fixture(
      html`<cm-quote-rotator
        ><blockquote>
          <p>Quote.</p>
          <footer>— Jussi Pajunen, Mayor of Helsinki</footer>
        </blockquote></cm-quote-rotator
      >`
    );
    await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    expect(sr(el).querySelector('figcaption')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Jussi Pajunen, Mayor of Helsinki'
    );
  });

  it('removing the index attribute shows the first quote without a warning', async () => {
    const el = await fixture<HTMLElementTagNameMap['cm-quote-rotator']>(
      html`<cm-quote-rotator
        index="1"
        .quotes=${[
          {text: 'A', author: 'a'},
          {text: 'B', author: 'b'},
        ]}
      ></cm-quote-rotator>`
    );
    el.removeAttribute('index');
    await el.updateComplete;
    expect(el.index).to.equal(0);
    expect(spy.warnings()).to.deep.equal([]);
  });
});
