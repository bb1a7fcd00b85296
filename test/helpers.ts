/** Shared test helpers. */
import {retryPolicy} from '../src/content/feed.js';

// The automatic retry of a 5xx waits 1 s in the library; the tests need not.
retryPolicy.delay = 20;
import sinon from 'sinon';

let counter = 0;
/** A key no other test uses, for the test server's request counters. */
export const uniqueKey = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++counter}`;

/** How many requests reached /faulty/counted/<key>/… on the test server. */
export async function hits(key: string): Promise<number> {
  const res = await fetch(`/faulty/hits/${key}`);
  return ((await res.json()) as {hits: number}).hits;
}

/** Waits until `check` passes (polling each frame), or fails after `ms`. */
export async function until(check: () => boolean, ms = 3000, what = 'condition') {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Spies on console.warn and console.error for one test; restores them after. */
export function captureConsole() {
  const warn = sinon.stub(console, 'warn');
  const error = sinon.stub(console, 'error');
  return {
    warn,
    error,
    warnings: () => warn.getCalls().map((c) => String(c.args[0])),
    errors: () => error.getCalls().map((c) => String(c.args[0])),
    restore: () => {
      warn.restore();
      error.restore();
    },
  };
}

/** Sets <html lang> and waits for elements to follow. */
export async function setPageLang(lang: string) {
  document.documentElement.lang = lang;
  await new Promise((r) => setTimeout(r));
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
