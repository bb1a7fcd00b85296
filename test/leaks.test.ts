// 200 create / attach / remove cycles of each element (every other one moved in the page
// first): no error, and nothing left running afterwards — no timer, no observer, no listener
// on window or document. Counted, not assumed: the browser APIs are wrapped to keep score,
// and the counts must come back exactly, so a leak of one thing per cycle shows as 200 (or
// as 100, for a leak in the moved half) just as surely as it did at 1,000 cycles, in a
// fifth of the time.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import {generateIdeas} from './data/generate-ideas.js';
import {captureConsole} from './helpers.js';

const CYCLES = 200;

/** Net listeners added to window and document, and observers observing something. */
function keepScore() {
  const listeners = new Map<string, number>();
  const targets = [window, document] as EventTarget[];
  const restores: (() => void)[] = [];
  for (const target of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const name = target === window ? 'window' : 'document';
    // Counted per (target, type, listener) so that a remove of something never added is ignored.
    const live = new Set<string>();
    const key = (type: string, fn: unknown) => `${name}:${type}:${ids.get(fn) ?? ids.set(fn, ids.size).get(fn)}`;
    target.addEventListener = function (
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions
    ) {
      if (fn) live.add(key(type, fn));
      listeners.set(name, live.size);
      return add.call(this, type, fn, options);
    };
    target.removeEventListener = function (
      type: string,
      fn: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions
    ) {
      if (fn) live.delete(key(type, fn));
      listeners.set(name, live.size);
      return remove.call(this, type, fn, options);
    };
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  const ids = new Map<unknown, number>();
  let observing = 0;
  for (const name of ['IntersectionObserver', 'MutationObserver', 'ResizeObserver'] as const) {
    const Original = window[name] as unknown as new (...args: unknown[]) => {
      observe(...a: unknown[]): void;
      disconnect(): void;
    };
    const Counted = class extends Original {
      private active = 0;
      override observe(...args: unknown[]) {
        if (this.active++ === 0) observing++;
        return super.observe(...args);
      }
      override disconnect() {
        if (this.active > 0) observing--;
        this.active = 0;
        return super.disconnect();
      }
    };
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  return {
    listeners: () => (listeners.get('window') ?? 0) + (listeners.get('document') ?? 0),
    observing: () => observing,
    restore: () => restores.forEach((r) => r()),
  };
}

const QUOTES = [
  {text: 'Immigrants are a positive force.', author: 'Jussi Pajunen'},
  {text: 'Boise was built by immigrants.', author: 'David H. Bieter'},
];

const makers: Record<string, () => HTMLElement> = {
  'cm-featured-story': () => Object.assign(document.createElement('cm-featured-story'), {heading: 'T', href: '/s'}),
  'cm-quote-rotator': () => {
    const el = document.createElement('cm-quote-rotator');
    el.quotes = QUOTES;
    el.autoplay = true;
    el.interval = 3000;
    return el;
  },
  'cm-webinar-card': () =>
    Object.assign(document.createElement('cm-webinar-card'), {
      heading: 'Webinar',
      href: '/w',
      video: 'https://youtu.be/dQw4w9WgXcQ',
      date: '2099-01-01T10:00:00Z',
    }),
  'cm-ideas-index': () => {
    const el = document.createElement('cm-ideas-index');
    el.ideas = IDEAS;
    return el;
  },
};
const IDEAS = generateIdeas(50);

describe(`${CYCLES} create / attach / remove cycles`, function () {
  // Hundreds of full renders of each element: seconds on a loaded machine, not the default.
  this.timeout(60_000);
  for (const [tag, make] of Object.entries(makers)) {
    it(`<${tag}> leaves no timer, observer or listener behind`, async () => {
      const score = keepScore();
      const spy = captureConsole();
      const clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval']});
      try {
        const baseListeners = score.listeners();
        const host = document.createElement('div');
        document.body.append(host);
        for (let i = 0; i < CYCLES; i++) {
          const el = make();
          host.append(el);
          await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
          if (i % 2) {
            // Moved, as frameworks and CMS editors do, before being removed.
            host.prepend(el);
            await (el as unknown as {updateComplete: Promise<unknown>}).updateComplete;
          }
          el.remove();
        }
        // Zero-delay checks queued by the last connections run now; nothing else may wait.
        clock.tick(0);
        expect(clock.countTimers(), 'timers').to.equal(0);
        expect(score.observing(), 'observers').to.equal(0);
        expect(score.listeners(), 'window/document listeners').to.equal(baseListeners);
        expect(spy.errors(), 'console errors').to.deep.equal([]);
        host.remove();
      } finally {
        clock.restore();
        spy.restore();
        score.restore();
      }
    });
  }
});
