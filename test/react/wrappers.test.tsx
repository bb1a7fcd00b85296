// The React wrappers (@citiesofmigration/widgets/react), rendered by react-dom: content goes
// in as element properties, `cm-*` events come out through typed `onCm…` props, refs reach
// the element. Run by `npm run test:react` (test/react/web-test-runner.config.mjs).
import {expect} from '@open-wc/testing';
import {act, createRef} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import type {Idea, Quote} from '../../src/content/types.js';
import type {CmQuoteRotator as QuoteRotatorElement} from '../../src/quote-rotator/quote-rotator.js';
import {
  CmFeaturedStory,
  CmIdeasIndex,
  CmIdeasMap,
  CmQuoteRotator,
  CmWebinarCard,
  type CitySelectDetail,
  type CmChangeDetail,
  type CmErrorDetail,
  type CmPlayDetail,
  type FilterChangeDetail,
} from '../../src/react/index.js';
import {captureConsole, until} from '../helpers.js';

(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;

const QUOTES: Quote[] = [
  {text: 'Immigrants are a positive force in Finnish society.', author: 'Jussi Pajunen', city: 'Helsinki'},
  {text: 'Diversity is our strength.', author: 'Mel Lastman', city: 'Toronto'},
];

const IDEAS: Idea[] = [
  {id: 'binam', title: 'BINAM', url: 'https://montreal.ca/', city: 'Montréal', country: 'Canada', themes: ['Work']},
];

describe('React wrappers (@lit/react)', () => {
  let container: HTMLElement;
  let root: Root;

  const render = (node: React.ReactNode) => act(() => root.render(node));

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(async () => {
    await act(() => root.unmount());
    container.remove();
  });

  it('renders the element, sets content as properties, and forwards the ref', async () => {
    const ref = createRef<QuoteRotatorElement>();
    await render(<CmQuoteRotator ref={ref} quotes={QUOTES} label="Mayors" headingLevel={2} className="quotes" />);
    const el = container.querySelector('cm-quote-rotator')!;
    expect(el).to.equal(ref.current);
    expect(el.quotes).to.equal(QUOTES);
    expect(el.hasAttribute('quotes'), 'an array is a property, not an attribute').to.be.false;
    expect(el.label).to.equal('Mayors');
    expect(el.headingLevel).to.equal(2);
    expect(el.className).to.equal('quotes');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Jussi Pajunen');
  });

  it('calls onCmChange with the index when the rotator moves, and the latest handler only', async () => {
    const first: CmChangeDetail[] = [];
    const second: CmChangeDetail[] = [];
    const ref = createRef<QuoteRotatorElement>();
    await render(<CmQuoteRotator ref={ref} quotes={QUOTES} onCmChange={(e) => first.push(e.detail)} />);
    await ref.current!.updateComplete;
    ref.current!.next();
    expect(first).to.deep.equal([{index: 1}]);

    await render(<CmQuoteRotator ref={ref} quotes={QUOTES} onCmChange={(e) => second.push(e.detail)} />);
    ref.current!.next();
    expect(first).to.have.length(1);
    expect(second).to.deep.equal([{index: 0}]);
  });

  it('calls onCmError when the feed fails', async () => {
    const console_ = captureConsole();
    try {
      const errors: CmErrorDetail[] = [];
      await render(<CmFeaturedStory src="/faulty/html-200" onCmError={(e) => errors.push(e.detail)} />);
      await until(() => errors.length > 0, 4000, 'cm-error');
      expect(errors[0].src).to.equal('/faulty/html-200');
      expect(errors[0].error).to.be.instanceOf(Error);
    } finally {
      console_.restore();
    }
  });

  it('wires onCmPlay and onCmFilterChange to their events', async () => {
    const plays: CmPlayDetail[] = [];
    const filters: FilterChangeDetail[] = [];
    await render(
      <>
        <CmWebinarCard
          heading="Inclusion"
          href="https://citiesofmigration.ca/webinars/"
          onCmPlay={(e) => plays.push(e.detail)}
        />
        <CmIdeasIndex ideas={IDEAS} pageSize={12} onCmFilterChange={(e) => filters.push(e.detail)} />
      </>
    );
    const card = container.querySelector('cm-webinar-card')!;
    const index = container.querySelector('cm-ideas-index')!;
    expect(index.ideas).to.equal(IDEAS);
    expect(index.pageSize).to.equal(12);
    // The events themselves are each element's own tests; here, only the wiring.
    // (Pressing play would start loading the real player from YouTube.)
    card.dispatchEvent(
      new CustomEvent('cm-play', {detail: {host: 'youtube', id: 'abc'}, bubbles: true, composed: true})
    );
    const detail = {query: 'mont', theme: '', country: '', city: '', count: 1};
    index.dispatchEvent(new CustomEvent('cm-filter-change', {detail, bubbles: true, composed: true}));
    expect(plays).to.deep.equal([{host: 'youtube', id: 'abc'}]);
    expect(filters).to.deep.equal([detail]);
  });

  it('renders the map linked to an index through htmlFor, and wires onCmCitySelect', async () => {
    const picks: CitySelectDetail[] = [];
    const ideas = IDEAS.map((idea) => ({...idea, lat: 45.51, lng: -73.59}));
    await render(
      <>
        <CmIdeasIndex id="react-index" ideas={ideas} />
        <CmIdeasMap htmlFor="react-index" label="Ideas map" onCmCitySelect={(e) => picks.push(e.detail)} />
      </>
    );
    const map = container.querySelector('cm-ideas-map')!;
    expect(map.htmlFor).to.equal('react-index');
    expect(map.label).to.equal('Ideas map');
    await until(() => !!map.shadowRoot!.querySelector('[role=option]'), 5000, 'the map');
    expect(map.shadowRoot!.querySelector('[role=option]')!.getAttribute('aria-label')).to.equal(
      'Montréal, Canada: 1 idea'
    );
    const detail = {city: 'Montréal', country: 'Canada', count: 1};
    map.dispatchEvent(new CustomEvent('cm-city-select', {detail, bubbles: true, composed: true}));
    expect(picks).to.deep.equal([detail]);
  });
});
