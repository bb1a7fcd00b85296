/** Shared test helpers. */
import {expect} from '@open-wc/testing';
import {isRtlLang} from '../src/localization/direction.js';
import sinon from 'sinon';

let counter = 0;
/** A key no other test uses, for the test server's request counters. */
export const uniqueKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++counter}`;

/** How many requests reached /faulty/counted/<key>/… (or held, flaky…) on the test server. */
export async function hits(key: string): Promise<number> {
  const res = await fetch(`/faulty/hits/${key}`);
  return ((await res.json()) as {hits: number}).hits;
}

/** A feed URL whose answer the test releases (test/server/faulty-feeds.mjs, "Held feeds"). */
export interface HeldFeed {
  key: string;
  /** The URL to give an element: /faulty/held/<key>?file=<file>. */
  src: string;
  /** Resolves with the request count once `n` requests have reached the server. */
  arrived(n?: number): Promise<number>;
  /** Lets the held requests answer, and every later one at once. */
  release(): Promise<void>;
  /** Resolves with the count once the browser has abandoned `n` held requests (aborted them). */
  aborted(n?: number): Promise<number>;
  /** How many requests have reached the server so far. */
  hits(): Promise<number>;
}

const heldKeys = new Set<string>();
const getJson = async <T>(url: string) => (await (await fetch(url)).json()) as T;

/** A held feed serving test/fixtures/`file`; released after the test in any case. */
export function heldFeed(file = 'stories.json'): HeldFeed {
  const key = uniqueKey();
  heldKeys.add(key);
  return {
    key,
    src: `/faulty/held/${key}?file=${file}`,
    arrived: async (n = 1) => (await getJson<{hits: number}>(`/faulty/arrived/${key}?n=${n}`)).hits,
    release: async () => void (await fetch(`/faulty/release/${key}`)),
    aborted: async (n = 1) => (await getJson<{aborted: number}>(`/faulty/aborted/${key}?n=${n}`)).aborted,
    hits: () => hits(key),
  };
}

// A held request keeps one of the browser's six connections to the test server: never
// leave one held for the next test.
afterEach(async () => {
  await Promise.all([...heldKeys].map((key) => fetch(`/faulty/release/${key}`)));
  heldKeys.clear();
});

/**
 * How long a wait for something that should happen may last before the test calls it
 * missing. Generous on purpose: a loaded machine is several times slower, patience costs
 * nothing when the thing happens, and how fast it happens is `npm run bench`'s business.
 */
export const PATIENCE = 15_000;

/**
 * Waits until `check` passes (polling every 10 ms), or fails after `ms` — at least PATIENCE,
 * whatever the caller expects on an idle machine.
 */
export async function until(check: () => boolean, ms = 3000, what = 'condition') {
  const end = performance.now() + Math.max(ms, PATIENCE);
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Spies on console.warn and console.error for one test; restores them after. Inside a test
 * that already captures the console (a shared suite run from an element's file), it reads
 * the same stubs from the calls made since, and leaves restoring to the outer capture.
 */
export function captureConsole() {
  const nested = 'restore' in console.warn && 'restore' in console.error;
  const warn = nested ? (console.warn as sinon.SinonStub) : sinon.stub(console, 'warn');
  const error = nested ? (console.error as sinon.SinonStub) : sinon.stub(console, 'error');
  const [warnFrom, errorFrom] = [warn.callCount, error.callCount];
  const since = (stub: sinon.SinonStub, from: number) =>
    stub
      .getCalls()
      .slice(from)
      .map((c) => String(c.args[0]));
  return {
    warn,
    error,
    warnings: () => since(warn, warnFrom),
    errors: () => since(error, errorFrom),
    restore: () => {
      if (nested) return;
      warn.restore();
      error.restore();
    },
  };
}

/** What a browser would do with the URL: only http(s) (relative ones resolve to it) or our blob:. */
export const safeScheme = (value: string) =>
  ['http:', 'https:', 'blob:'].includes(new URL(value, location.href).protocol);

/**
 * Everything the visitor could meet in the element's shadow tree is inert: no script or
 * foreign element, no event-handler attribute, no unsafe URL, and no injected script has
 * run. Checked on the DOM itself: no handler can fire later from a tree that has none, so
 * there is nothing to wait for.
 */
export function expectInert(el: Element) {
  const root = el.shadowRoot!;
  expect(
    root.querySelectorAll('script, object, embed, style, iframe, foreignObject'),
    'foreign elements'
  ).to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${node.localName}[${attr}]`).to.be.false;
    }
    for (const attr of ['href', 'src', 'poster', 'action']) {
      const value = node.getAttribute(attr);
      if (value !== null) expect(safeScheme(value), `${node.localName}[${attr}]="${value}"`).to.be.true;
    }
  }
  expect((window as {__pwned?: number}).__pwned, 'script ran').to.equal(undefined);
}

/** Sets <html lang> and waits for elements to follow. */
export async function setPageLang(lang: string) {
  document.documentElement.lang = lang;
  // As a real page does: a right-to-left language comes with dir="rtl" (the elements take
  // the page's direction, not the language's).
  document.documentElement.dir = isRtlLang(lang) ? 'rtl' : '';
  await new Promise((r) => setTimeout(r));
}

/**
 * Records every request the page (its main frame) starts from now on, whether it finishes
 * or not (test/server/request-log.mjs): `take()` returns their URLs, complete up to the
 * moment it is called.
 */
export async function recordRequests() {
  const {executeServerCommand} = await import('@web/test-runner-commands');
  const from = (await executeServerCommand('request-log', {action: 'mark'})) as number;
  return {
    async take(): Promise<string[]> {
      // A whole rendering step first (a frame callback runs before style and layout, so two):
      // CSS images are requested there.
      for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
      const url = (via: string) => new URL(`/faulty/hits/barrier-${uniqueKey()}-${via}`, location.href).href;
      const barriers = [url('fetch'), url('img')];
      const img = document.createElement('img');
      img.alt = '';
      const loaded = new Promise((r) => (img.onload = img.onerror = r));
      img.src = barriers[1];
      document.body.append(img);
      await Promise.all([fetch(barriers[0]), loaded]);
      img.remove();
      return (await executeServerCommand('request-log', {action: 'since', from, barriers})) as string[];
    },
  };
}

interface AXNode {
  role: string;
  name: string;
  children?: AXNode[];
}

/** Chromium's own accessibility tree of the page, flattened: names as assistive tech hears them. */
export async function axNodes(): Promise<AXNode[]> {
  const {a11ySnapshot} = await import('@web/test-runner-commands');
  const root = (await a11ySnapshot({})) as unknown as AXNode;
  const all: AXNode[] = [];
  const walk = (n: AXNode) => {
    all.push(n);
    n.children?.forEach(walk);
  };
  if (root) walk(root);
  return all;
}
