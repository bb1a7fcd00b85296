import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/content/url.js';

describe('safeUrl', () => {
  it('accepts http(s), protocol-relative and relative URLs', () => {
    for (const url of [
      'https://example.org/a?b#c',
      'http://example.org',
      '//cdn.example.org/x',
      '/stories/1',
      'stories/1',
      '../x',
      '?q=1',
      '#top',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
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
