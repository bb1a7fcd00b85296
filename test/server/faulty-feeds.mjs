// Koa middleware for the test server: /faulty/<case> answers the way broken feed servers do,
// so tests exercise real HTTP responses rather than a stubbed fetch.
//   /faulty/status/500            that status, JSON body
//   /faulty/slow?ms=3000&file=x   waits, then serves test/fixtures/x
//   /faulty/html-200              an HTML page with status 200 (CMS error or login page)
//   /faulty/text-json             valid JSON served as text/plain
//   /faulty/counted/<key>/<status>?ms=  counts the request under <key>, then answers with
//                                 that status (200: stories.json) after an optional delay
//   /faulty/flaky/<key>           500 the first two times for <key> (the request and its
//                                 automatic retry), then stories.json
//   /faulty/retry-after/<key>/<s> 429 with Retry-After: <s> the first time, then stories.json
//   /faulty/generated/<kind>?n=  a feed of n items under <kind>: one good item first, a
//                                 1 MB string, a 2,000-level nesting, then alternating
//                                 good and broken items
//   /faulty/large/<mb>            a JSON array of about <mb> megabytes (with Content-Length)
//   /faulty/large-chunked/<mb>    the same without Content-Length (streamed)
//   /faulty/hits/<key>            {"hits": n}: how many requests reached <key>
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hits = new Map();

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
    ctx.body = await readFile(join(fixtures, String(ctx.query.file ?? 'stories.json').replace(/[^\w.-]/g, '')));
  } else if (kind === 'html-200') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Page not found</title><h1>Oops</h1>';
  } else if (kind === 'text-json') {
    ctx.type = 'text/plain';
    ctx.body = await readFile(join(fixtures, 'stories.json'));
  } else if (kind === 'counted') {
    hits.set(arg, (hits.get(arg) ?? 0) + 1);
    const status = Number(ctx.path.split('/')[4] ?? 200);
    await sleep(Math.min(Number(ctx.query.ms ?? 0), 15000));
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = status === 200 ? await readFile(join(fixtures, 'stories.json')) : '{"error": "test"}';
  } else if (kind === 'flaky') {
    const n = (hits.get(arg) ?? 0) + 1;
    hits.set(arg, n);
    ctx.type = 'application/json';
    ctx.status = n <= 2 ? 500 : 200;
    ctx.body = n <= 2 ? '{"error": "test"}' : await readFile(join(fixtures, 'stories.json'));
  } else if (kind === 'retry-after') {
    const n = (hits.get(arg) ?? 0) + 1;
    hits.set(arg, n);
    ctx.type = 'application/json';
    if (n === 1) {
      ctx.status = 429;
      ctx.set('Retry-After', ctx.path.split('/')[4] ?? '1');
      ctx.body = '{"error": "slow down"}';
    } else {
      ctx.body = await readFile(join(fixtures, 'stories.json'));
    }
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
    const item = JSON.stringify({title: 'x'.repeat(1000), url: '/x'});
    const count = Math.ceil((Number(arg) * 1024 * 1024) / (item.length + 1));
    const body = `[${Array(count).fill(item).join(',')}]`;
    ctx.type = 'application/json';
    if (kind === 'large') ctx.body = body;
    else {
      const {Readable} = await import('node:stream');
      ctx.body = Readable.from([body]);
    }
  } else if (kind === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({hits: hits.get(arg) ?? 0});
  } else {
    ctx.status = 404;
  }
}
