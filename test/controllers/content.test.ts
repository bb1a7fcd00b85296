// ContentController on its own: a minimal element that lists story titles.
import {expect, fixture, html as fixtureHtml} from '@open-wc/testing';
import {html} from 'lit';
import {normalizeStory} from '../../src/content/normalize.js';
import type {Story} from '../../src/content/types.js';
import {ContentController} from '../../src/controllers/content.js';
import {CmElement} from '../../src/internal/cm-element.js';
import {captureConsole, until} from '../helpers.js';

class CmTestStories extends CmElement {
  static override properties = {src: {}, storyId: {attribute: 'story-id'}};
  declare src?: string;
  declare storyId?: string;
  readonly content = new ContentController<Story>(this, {
    kind: 'stories',
    noun: 'story',
    normalize: normalizeStory,
    local: () => undefined,
    src: () => this.src,
    id: () => this.storyId,
    hint: 'set src',
  });

  override render() {
    return this.content.render({complete: (stories) => stories.map((s) => html`<p>${this.tr(s.title)!.text}</p>`)});
  }
}
customElements.define('cm-test-stories', CmTestStories);

const shown = (el: Element) => [...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent);
const done = (el: Element) => () =>
  !el.shadowRoot!.querySelector('[part=loading]') && !!el.shadowRoot!.firstElementChild;

describe('ContentController', () => {
  let spy: ReturnType<typeof captureConsole>;
  beforeEach(() => (spy = captureConsole()));
  afterEach(() => spy.restore());

  it('id(): the first feed item, or the one with that id; a missing one is a not-found error', async () => {
    const el = await fixture<CmTestStories>(
      fixtureHtml`<cm-test-stories src="/test/fixtures/stories.json"></cm-test-stories>`
    );
    await until(done(el), 3000, 'the first story');
    expect(shown(el)).to.deep.equal(['Taking the Pulse of Diversity']);
    el.storyId = 'toronto-the-good';
    await until(() => shown(el)[0] === 'Toronto The Good', 3000, 'the story by id');
    expect(shown(el)).to.have.length(1);
    let event: CustomEvent | undefined;
    el.addEventListener('cm-error', (e) => (event = e as CustomEvent));
    el.storyId = 'nope';
    await until(() => !!el.shadowRoot!.querySelector('[part=error]'), 3000, 'the error');
    expect(el.shadowRoot!.querySelector('[part=error] p')!.textContent).to.equal(
      'The requested item is not in the feed.'
    );
    expect(event!.detail.error.kind).to.equal('not-found');
    expect(spy.errors()).to.have.length(1);
    expect(spy.errors()[0]).to.contain('<cm-test-stories>').and.contain('no story with id "nope"');
  });

  it('a late answer never overwrites a newer source', async () => {
    const el = await fixture<CmTestStories>(
      fixtureHtml`<cm-test-stories src="/faulty/slow?ms=600&file=stories.json"></cm-test-stories>`
    );
    el.src = '/test/fixtures/jsonfeed.json';
    await until(done(el), 3000, 'the newer feed');
    const first = shown(el);
    await new Promise((r) => setTimeout(r, 800));
    expect(shown(el)).to.deep.equal(first);
    expect(first).not.to.deep.equal(['Taking the Pulse of Diversity']);
    expect(spy.errors()).to.deep.equal([]);
  });
});
