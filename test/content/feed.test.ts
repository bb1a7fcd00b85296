import {expect} from '@open-wc/testing';
import {FeedError, fetchFeed} from '../../src/content/feed.js';

import {hits, uniqueKey} from '../helpers.js';

async function failure(src: string, options = {}): Promise<FeedError> {
  try {
    await fetchFeed(src, options);
  } catch (e) {
    return e as FeedError;
  }
  throw new Error(`expected ${src} to fail`);
}

describe('fetchFeed', () => {
  it('resolves with the parsed JSON', async () => {
    const data = (await fetchFeed('/test/fixtures/stories.json')) as unknown[];
    expect(data).to.have.length(3);
  });

  it('accepts valid JSON served with another content type', async () => {
    expect(await fetchFeed('/faulty/text-json')).to.have.length(3);
  });

  it('tells the error kinds apart', async () => {
    const cases: [string, string, number?][] = [
      ['/test/fixtures/does-not-exist.json', 'http', 404],
      ['/faulty/status/500', 'http', 500],
      ['/test/fixtures/invalid.json', 'json'],
      ['/faulty/html-200', 'html'],
      ['javascript:alert(1)', 'url'],
      ['http://127.0.0.1:1/feed.json', 'network'],
    ];
    for (const [src, kind, status] of cases) {
      const error = await failure(src);
      expect(error, src).to.be.instanceOf(FeedError);
      expect(error.kind, src).to.equal(kind);
      expect(error.src).to.equal(src);
      if (status) expect(error.status).to.equal(status);
    }
  });

  it('refuses a feed over 5 MB, announced or streamed', async () => {
    for (const src of ['/faulty/large/10', '/faulty/large-chunked/10']) {
      const error = await failure(src);
      expect(error.kind, src).to.equal('too-large');
    }
    // A large but acceptable feed still loads.
    expect(((await fetchFeed('/faulty/large/1')) as unknown[]).length).to.be.greaterThan(500);
  });

  it('times out', async () => {
    const error = await failure('/faulty/slow?ms=2000&t=1', {timeout: 100});
    expect(error.kind).to.equal('timeout');
  });

  it('shares one request between callers of the same URL', async () => {
    const key = uniqueKey();
    const path = `/faulty/counted/${key}/200?ms=200`;
    const [a, b, c] = await Promise.all([
      fetchFeed(path),
      fetchFeed(path),
      fetchFeed(new URL(path, location.href).href),
    ]);
    expect(a).to.deep.equal(b);
    expect(b).to.deep.equal(c);
    expect(await hits(key)).to.equal(1);
  });

  it('keeps the shared request alive when one caller aborts', async () => {
    const key = uniqueKey();
    const path = `/faulty/counted/${key}/200?ms=300`;
    const controller = new AbortController();
    const first = fetchFeed(path, {signal: controller.signal});
    const second = fetchFeed(path);
    controller.abort();
    let aborted = false;
    await first.catch((e: DOMException) => (aborted = e.name === 'AbortError'));
    expect(aborted).to.be.true;
    expect(await second).to.have.length(3);
    expect(await hits(key)).to.equal(1);
  });

  it('aborts the request when its only caller aborts', async () => {
    const key = uniqueKey();
    const controller = new AbortController();
    const pending = fetchFeed(`/faulty/counted/${key}/200?ms=300`, {signal: controller.signal});
    controller.abort();
    const error = await pending.catch((e: Error) => e);
    expect((error as Error).name).to.equal('AbortError');
    // A new caller starts a new request rather than joining the aborted one.
    expect(await fetchFeed(`/faulty/counted/${key}/200`)).to.have.length(3);
  });

  it('does not cache a failure', async () => {
    const key = uniqueKey();
    const src = `/faulty/counted/${key}/503`;
    expect((await failure(src)).status).to.equal(503);
    expect((await failure(src)).status).to.equal(503);
    expect(await hits(key)).to.equal(2);
  });

  it('makes one request for an error, even a 429 or 503: the visitor has Retry', async () => {
    for (const status of [429, 500, 503, 404]) {
      const key = uniqueKey();
      expect((await failure(`/faulty/counted/${key}/${status}`)).status).to.equal(status);
      expect(await hits(key), String(status)).to.equal(1);
    }
  });

  it('stops reading a compressed body at 5 MB decoded, whatever its size', async () => {
    const key = uniqueKey();
    const error = await failure(`/hostile/bomb/${key}?mb=200`);
    expect(error.kind).to.equal('too-large');
    // The server made the body only as fast as it was read: it stopped when we did.
    let made = {mb: 0, closed: false};
    while (!made.closed) made = await (await fetch(`/hostile/bomb-made/${key}`)).json();
    expect(made.mb).to.be.below(100);
  });

  it('keeps a timeout timers cannot take from breaking the shared request', async () => {
    const key = uniqueKey();
    const src = `/faulty/counted/${key}/404`;
    const first = await failure(src, {timeout: 1e16});
    expect(first.kind).to.equal('http');
    // The URL is not stuck on its first answer: a new call makes a new request.
    await failure(src);
    expect(await hits(key)).to.equal(2);
  });

  it('names CORS as the likely cause when a feed on another site gives no answer', async () => {
    // The test page is on localhost: 127.0.0.1 is another origin, whose answers allow no one.
    const src = `http://127.0.0.1:${location.port}/test/fixtures/stories.json`;
    const error = await failure(src);
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain(`Access-Control-Allow-Origin: ${location.origin}`).and.contain('127.0.0.1');
  });
});
