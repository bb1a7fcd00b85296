import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/content/url.js';

describe('safeUrl', () => {
  it('accepts http(s) and relative URLs as written', () => {
    for (const url of [
      'https://example.org/a?b#c',
      'http://example.org',
      '/stories/1',
      'stories/1',
      '../x',
      '?q=1',
      '#top',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('writes out in full what looks relative but leads to another host', () => {
    const forms: [string, string][] = [
      ['//cdn.example.org/x', 'https://cdn.example.org/x'],
      ['\\\\evil.example/x', 'https://evil.example/x'],
      ['/\\evil.example/x', 'https://evil.example/x'],
      ['\\/evil.example', 'https://evil.example/'],
      ['https:evil.example', 'https://evil.example/'],
      ['HTTP:evil.example/p', 'http://evil.example/p'],
      ['http:/evil.example', 'http://evil.example/'],
    ];
    for (const [url, absolute] of forms) expect(safeUrl(url), url).to.equal(absolute);
    // A single backslash is a path on this site, as browsers read it.
    expect(safeUrl('\\stories')).to.equal('\\stories');
    for (const url of ['//', 'https:', 'https://']) expect(safeUrl(url), url).to.equal(undefined);
  });

  it('rejects other schemes however they are disguised', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      '  javascript:alert(1)',
      '\u0000\u001fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org',
    ];
    for (const url of bad) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
  });

  it('rejects non-strings and empty values', () => {
    for (const v of [undefined, null, 42, {}, [], '', '   ']) expect(safeUrl(v)).to.equal(undefined);
  });

  it('returns the URL without the characters the parser would strip', () => {
    expect(safeUrl('  https://example.org/a\n')).to.equal('https://example.org/a');
  });
});
