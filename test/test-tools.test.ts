// The test tools that negative assertions rest on: if they could not see what they claim
// to see, "nothing was requested" and "not yet" would pass vacuously. So they are tested too.
import {expect} from '@open-wc/testing';
import {heldFeed, recordRequests} from './helpers.js';

describe('test tools', () => {
  it('a held feed answers only when released, and counts its requests', async () => {
    const held = heldFeed('quotes.json');
    let answered = false;
    const response = fetch(held.src).then((res) => ((answered = true), res));
    expect(await held.arrived()).to.equal(1);
    expect(await held.hits()).to.equal(1);
    // The server has the request and has answered other requests since: it is holding it.
    expect(answered).to.be.false;
    await held.release();
    const body = (await (await response).json()) as {quotes: unknown[]};
    expect(body.quotes).to.have.length(4);
    // Released for good: a later request answers at once.
    expect((await fetch(held.src)).status).to.equal(200);
    expect(await held.hits()).to.equal(2);
  });

  it('a held feed tells when the browser abandons its request', async () => {
    const held = heldFeed();
    const controller = new AbortController();
    const pending = fetch(held.src, {signal: controller.signal}).catch((e: Error) => e.name);
    await held.arrived();
    controller.abort();
    expect(await pending).to.equal('AbortError');
    expect(await held.aborted()).to.equal(1);
  });

  it('the request log sees requests that never finish: fetch, image and CSS image', async () => {
    const requests = await recordRequests();
    const img = Object.assign(document.createElement('img'), {alt: '', src: 'https://i.ytimg.com/vi/t/0.jpg'});
    const div = document.createElement('div');
    div.style.cssText = 'inline-size: 1px; block-size: 1px; background-image: url(https://i.ytimg.com/vi/t/1.jpg)';
    document.body.append(img, div);
    fetch('https://www.youtube.com/oembed').catch(() => {});
    try {
      expect(await requests.take()).to.include.members([
        'https://i.ytimg.com/vi/t/0.jpg',
        'https://i.ytimg.com/vi/t/1.jpg',
        'https://www.youtube.com/oembed',
      ]);
    } finally {
      img.remove();
      div.remove();
    }
  });
});
