// ContentController on its own: minimal elements that list story titles.
import {expect, fixture, html as fixtureHtml} from '@open-wc/testing';
import {html} from 'lit';
import {STORIES} from '../../src/content/normalize.js';
import {readStory} from '../../src/content/readers.js';
import type {Story} from '../../src/content/types.js';
import {ContentController, listInput, SYNC_LIMIT} from '../../src/controllers/content.js';
import {CmElement} from '../../src/internal/cm-element.js';
import {captureConsole, until} from '../helpers.js';

let prepared = 0;

class CmTestStories extends CmElement<Story> {
  static override properties = {
    src: {},
    storyId: {attribute: 'story-id'},
    heading: {},
    href: {},
    stories: {attribute: false},
  };
  declare src?: string;
  declare storyId?: string;
  declare heading?: string;
  declare href?: string;
  declare stories?: unknown;
  protected readonly content = new ContentController<Story>(this, {
    type: STORIES,
    local: () =>
      listInput(this, 'stories', this.stories) ??
      (this.heading != null
        ? {
            items: [{title: this.heading, url: this.href}],
            source: {label: 'its attributes', names: {title: 'heading', url: 'href'}},
          }
        : undefined),
    src: () => this.src,
    read: readStory,
    id: () => this.storyId,
    hint: 'set src',
    prepare: (story) => {
      prepared++;
      return story;
    },
  });

  get state() {
    return this.content.state;
  }

  protected override renderContent(stories: Story[]) {
    return stories.map((s) => html`<p>${this.locale.text(s.title)!.text}</p>`);
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
    expect(el.state).to.include({status: 'ready', from: 'feed'});
    el.storyId = 'toronto-the-good';
    await until(() => shown(el)[0] === 'Toronto The Good', 3000, 'the story by id');
    expect(shown(el)).to.have.length(1);
    let event: CustomEvent | undefined;
    el.addEventListener('cm-error', (e) => (event = e as CustomEvent));
    el.storyId = 'nope';
    await until(() => !!el.shadowRoot!.querySelector('[part=error]'), 3000, 'the error');
    expect(el.shadowRoot!.querySelector('[part=error] p')!.textContent).to.equal(
      'Content: The requested item is not in the feed.'
    );
    expect(el.state.status).to.equal('failed');
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

  it('follows DESIGN.md’s priority: property, attributes, feed, then the children', async () => {
    const el = await fixture<CmTestStories>(
      fixtureHtml`<cm-test-stories heading="From attributes" href="/a" src="/test/fixtures/stories.json"
        ><h3><a href="/c">From children</a></h3></cm-test-stories
      >`
    );
    expect(shown(el)).to.deep.equal(['From attributes']);
    expect(el.state).to.include({from: 'local'});
    el.stories = [{title: 'From the property', url: '/p'}];
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['From the property']);
    el.stories = undefined;
    el.heading = undefined;
    await until(done(el), 3000, 'the feed');
    expect(el.state).to.include({from: 'feed'});
    el.src = undefined;
    await el.updateComplete;
    expect(shown(el)).to.deep.equal(['From children']);
    expect(el.state).to.include({from: 'children'});
  });

  it('normalizes attributes once while they do not change, however often the element updates', async () => {
    const el = await fixture<CmTestStories>(fixtureHtml`<cm-test-stories heading="A" href="/a"></cm-test-stories>`);
    const before = prepared;
    for (let i = 0; i < 5; i++) {
      el.requestUpdate();
      await el.updateComplete;
    }
    expect(prepared).to.equal(before);
    el.heading = 'B';
    await el.updateComplete;
    expect(prepared).to.equal(before + 1);
    expect(shown(el)).to.deep.equal(['B']);
  });

  it('says what is unusable: an empty list, every item invalid, a broken JSON attribute', async () => {
    const el = await fixture<CmTestStories>(fixtureHtml`<cm-test-stories></cm-test-stories>`);
    el.stories = [];
    await el.updateComplete;
    expect(el.state).to.deep.equal({status: 'unusable', from: 'local', empty: true});
    expect(el.shadowRoot!.querySelector('[part=error] p')!.textContent).to.equal(
      'Content: There is nothing to show yet.'
    );
    el.stories = [{title: 'no url'}];
    await el.updateComplete;
    expect(el.state).to.deep.equal({status: 'unusable', from: 'local', empty: false});
    expect(spy.warnings()).to.deep.equal([
      '<cm-test-stories>: skipped story #1 of the "stories" property: "url" is missing.',
    ]);
    el.stories = {error: 'it is not valid JSON'};
    await el.updateComplete;
    expect(el.state).to.deep.equal({status: 'unusable', from: 'invalid', empty: false});
    expect(el.shadowRoot!.querySelector('[part=error] p')!.textContent).to.match(/cannot be shown/);
    expect(el.shadowRoot!.querySelector('[part=retry-button]')).to.equal(null);
  });

  it('normalizes a long list given directly in slices, outside the task that gave it', async () => {
    const stories = Array.from({length: SYNC_LIMIT * 3}, (_, i) => ({title: `S${i}`, url: `/s${i}`}));
    const el = await fixture<CmTestStories>(fixtureHtml`<cm-test-stories></cm-test-stories>`);
    const before = prepared;
    el.stories = stories;
    await el.updateComplete;
    expect(el.state.status, 'still loading after the update that gave it').to.equal('loading');
    await until(() => el.state.status === 'ready', 5000, 'the list');
    expect(prepared - before).to.equal(stories.length);
    expect(shown(el)).to.have.length(stories.length);
    expect(shown(el).slice(0, 3)).to.deep.equal(['S0', 'S1', 'S2']);
  });

  it('says a long list given directly is unusable, not empty, when none of its items can be shown', async () => {
    const el = await fixture<CmTestStories>(fixtureHtml`<cm-test-stories></cm-test-stories>`);
    el.stories = Array.from({length: SYNC_LIMIT * 2}, (_, i) => ({title: `no url ${i}`}));
    await el.updateComplete;
    await until(() => el.state.status !== 'loading', 5000, 'the list');
    expect(el.state).to.deep.equal({status: 'unusable', from: 'local', empty: false});
    expect(el.shadowRoot!.querySelector('[part=error] p')!.textContent).to.match(/cannot be shown/);
  });

  it('warns once, after a task, when no content was given', async () => {
    const el = await fixture<CmTestStories>(fixtureHtml`<cm-test-stories></cm-test-stories>`);
    await until(() => spy.warnings().length > 0, 3000, 'the warning');
    expect(spy.warnings()).to.deep.equal(['<cm-test-stories>: no content: set src.']);
    expect(el.state).to.deep.equal({status: 'none'});
    expect(el.shadowRoot!.childElementCount).to.equal(0);
  });
});
