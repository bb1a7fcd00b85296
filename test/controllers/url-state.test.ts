import {expect} from '@open-wc/testing';
import {readUrlState, urlWithState} from '../../src/controllers/url-state.js';

const P = ['cm-q', 'cm-theme', 'cm-country'];

describe('URL state', () => {
  const base = 'https://example.org/page?lang=fr&utm_source=a%20b&flag#section-2';

  it('adds its parameters after the page’s own, leaving those and the hash as written', () => {
    const url = urlWithState(base, P, ['são paulo', 'Housing & Work', '']);
    expect(url).to.equal(
      'https://example.org/page?lang=fr&utm_source=a%20b&flag&cm-q=s%C3%A3o+paulo&cm-theme=Housing+%26+Work#section-2'
    );
    expect(readUrlState(url, P)).to.deep.equal(['são paulo', 'Housing & Work', '']);
    expect(urlWithState(url, P, ['', '', ''])).to.equal(base);
    // Our parameters however written (encoded name, repeated) are replaced, not doubled.
    expect(urlWithState('https://example.org/?cm%2Dq=a&x=1&cm-q=b', P, ['c', '', ''])).to.equal(
      'https://example.org/?x=1&cm-q=c'
    );
    expect(urlWithState('https://example.org/?cm-q=a', P, ['', '', ''])).to.equal('https://example.org/');
  });

  it('says when a URL holds no state of ours, and reads a broken one without throwing', () => {
    expect(readUrlState(base, P)).to.equal(undefined);
    expect(readUrlState('https://example.org/?cm-country=Canada', P)).to.deep.equal(['', '', 'Canada']);
    expect(readUrlState('https://example.org/?cm-q=%E0%A4%A', P)?.[0]).to.be.a('string');
    expect(readUrlState(`https://example.org/?cm-q=${'x'.repeat(5000)}`, P)?.[0]).to.have.length(500);
  });
});
