// Koa middleware for the test server: /faulty/<case> answers the way broken feed servers do,
// so tests exercise real HTTP responses rather than a stubbed fetch.
//   /faulty/status/500            that status, JSON body
//   /faulty/slow?ms=3000&file=x   waits, then serves test/fixtures/x
//   /faulty/html-200              an HTML page with status 200 (CMS error or login page)
//   /faulty/text-json             valid JSON served as text/plain
//   /faulty/counted/<key>/<status>?ms=&file=  counts the request under <key>, then answers
//                                 with that status (200: test/fixtures/<file>, stories.json
//                                 by default) after an optional delay
//   /faulty/flaky/<key>?file=     500 the first time for <key>, then the file (stories.json
//                                 by default)
//   /faulty/generated/<kind>?n=  a feed of n items under <kind>: one good item first, a
//                                 1 MB string, a 2,000-level nesting, then alternating
//                                 good and broken items
//   /faulty/large/<mb>            a JSON array of about <mb> megabytes (with Content-Length)
//   /faulty/large-chunked/<mb>    the same without Content-Length (streamed)
//   /faulty/hits/<key>            {"hits": n}: how many requests reached <key>
//
// Held feeds: a test decides when the answer comes, so "while it loads" lasts exactly as
// long as the test needs, on an idle machine or a loaded one, and no test sleeps.
//   /faulty/held/<key>?file=x     counted under <key>; no answer until <key> is released,
//                                 then test/fixtures/x (stories.json by default)
//   /faulty/release/<key>         releases <key>: its held requests answer now, later ones
//                                 at once; {"hits", "aborted"}
//   /faulty/arrived/<key>?n=1     answers {"hits"} once n requests have reached <key> (held
//                                 or counted): the test knows its request is on the server
//   /faulty/aborted/<key>?n=1     answers {"aborted"} once the browser has given up n held
//                                 requests of <key> (closed the connection unanswered)
// A held request answers 504 after HELD_MAX, and a wait gives up after WAIT_MAX with the
// counts so far: a test that forgets a key fails by itself and never wedges the run.
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const HELD_MAX = 60_000;
const WAIT_MAX = 30_000;
const hits = new Map();

/** Per key: released yet, held requests waiting, abandoned requests, and waits on counts. */
const gates = new Map();
const gate = (key) => {
  if (!gates.has(key)) gates.set(key, {open: false, held: new Set(), aborted: 0, watchers: new Set()});
  return gates.get(key);
};
/** Wakes the waits on `key` whose condition now holds. */
function notify(key) {
  for (const watcher of gate(key).watchers) watcher();
}
/** Resolves once `ready()` holds for `key` (checked on every change), or after WAIT_MAX. */
function waitFor(key, ready) {
  const g = gate(key);
  return new Promise((resolve) => {
    const done = () => {
      if (!ready()) return;
      g.watchers.delete(watch);
      clearTimeout(timer);
      resolve();
    };
    const watch = done;
    const timer = setTimeout(() => (g.watchers.delete(watch), resolve()), WAIT_MAX);
    g.watchers.add(watch);
    done();
  });
}
const count = (key) => {
  hits.set(key, (hits.get(key) ?? 0) + 1);
  notify(key);
};
const fixture = (name) => readFile(join(fixtures, String(name ?? 'stories.json').replace(/[^\w.-]/g, '')));

/** A JSON array of about `mb` megabytes, built once per size: a loaded machine need not redo it. */
const largeBodies = new Map();
function largeBody(mb) {
  if (!largeBodies.has(mb)) {
    const item = JSON.stringify({title: 'x'.repeat(1000), url: '/x'});
    const n = Math.ceil((mb * 1024 * 1024) / (item.length + 1));
    largeBodies.set(mb, Buffer.from(`[${Array(n).fill(item).join(',')}]`));
  }
  return largeBodies.get(mb);
}

export async function faultyFeeds(ctx, next) {
  if (!ctx.path.startsWith('/faulty/')) return next();
  const [, , kind, arg] = ctx.path.split('/');
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'status') {
    ctx.status = Number(arg);
    ctx.type = 'application/json';
    ctx.body = '{"error": "test"}';
  } else if (kind === 'slow') {
    await sleep(Math.min(Number(ctx.query.ms ?? 2000), 15000));
    ctx.type = 'application/json';
    ctx.body = await fixture(ctx.query.file);
  } else if (kind === 'html-200') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Page not found</title><h1>Oops</h1>';
  } else if (kind === 'text-json') {
    ctx.type = 'text/plain';
    ctx.body = await readFile(join(fixtures, 'stories.json'));
  } else if (kind === 'held') {
    const g = gate(arg);
    count(arg);
    if (!g.open) {
      let release;
      const released = new Promise((r) => (release = r));
      g.held.add(release);
      // The browser gave up (abort, timeout, element removed): nobody will read the answer.
      const gone = () => {
        if (!g.held.delete(release)) return;
        g.aborted++;
        notify(arg);
        release();
      };
      ctx.req.socket.once('close', gone);
      const timer = setTimeout(release, HELD_MAX);
      await released;
      clearTimeout(timer);
      ctx.req.socket.off('close', gone);
      if (!g.open && g.held.delete(release)) {
        ctx.status = 504;
        ctx.body = '{"error": "held and never released"}';
        return;
      }
      // Nobody is listening: write nothing (not even Koa's 404).
      if (ctx.req.socket.destroyed) {
        ctx.status = 204;
        ctx.respond = false;
        return;
      }
    }
    ctx.type = 'application/json';
    ctx.body = await fixture(ctx.query.file);
  } else if (kind === 'release') {
    const g = gate(arg);
    g.open = true;
    for (const release of g.held) release();
    g.held.clear();
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({hits: hits.get(arg) ?? 0, aborted: g.aborted});
  } else if (kind === 'arrived') {
    const n = Number(ctx.query.n ?? 1);
    await waitFor(arg, () => (hits.get(arg) ?? 0) >= n);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({hits: hits.get(arg) ?? 0});
  } else if (kind === 'aborted') {
    const n = Number(ctx.query.n ?? 1);
    await waitFor(arg, () => gate(arg).aborted >= n);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({aborted: gate(arg).aborted});
  } else if (kind === 'counted') {
    count(arg);
    const status = Number(ctx.path.split('/')[4] ?? 200);
    await sleep(Math.min(Number(ctx.query.ms ?? 0), 15000));
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = status === 200 ? await fixture(ctx.query.file) : '{"error": "test"}';
  } else if (kind === 'flaky') {
    count(arg);
    const n = hits.get(arg);
    ctx.type = 'application/json';
    ctx.status = n === 1 ? 500 : 200;
    ctx.body = n === 1 ? '{"error": "test"}' : await fixture(ctx.query.file);
  } else if (kind === 'generated') {
    const n = Math.min(Number(ctx.query.n ?? 100), 20000);
    const good = {
      quotes: (i) => ({text: `Quote ${i}`, author: 'Author'}),
      stories: (i) => ({id: `s${i}`, title: `Story ${i}`, url: `/s/${i}`}),
      webinars: (i) => ({id: `w${i}`, title: `Webinar ${i}`, url: `/w/${i}`}),
      ideas: (i) => ({id: `i${i}`, title: `Idea ${i}`, url: `/i/${i}`, city: 'Montréal', country: 'Canada'}),
    }[arg];
    const huge = 'x'.repeat(1_000_000);
    let deep = 'bottom';
    for (let i = 0; i < 2000; i++) deep = [deep];
    const items = [good(0), {title: huge, text: huge, author: huge, url: '/huge'}, deep];
    for (let i = 1; i < n; i++) items.push(i % 2 ? good(i) : {broken: i, title: null});
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({[arg]: items});
  } else if (kind === 'large' || kind === 'large-chunked') {
    const body = largeBody(Number(arg));
    ctx.type = 'application/json';
    if (kind === 'large') ctx.body = body;
    else {
      // In 64 KB chunks, as a real stream arrives: a reader that stops at 5 MB can stop early.
      const {Readable} = await import('node:stream');
      ctx.body = Readable.from(
        (function* () {
          for (let i = 0; i < body.length; i += 65536) yield body.subarray(i, i + 65536);
        })()
      );
    }
  } else if (kind === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({hits: hits.get(arg) ?? 0});
  } else {
    ctx.status = 404;
  }
}
