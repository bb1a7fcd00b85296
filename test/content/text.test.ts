import {expect} from '@open-wc/testing';
import {langAttr, plainText, resolveText} from '../../src/content/text.js';

describe('plainText', () => {
  it('drops tags and decodes entities', () => {
    expect(plainText('<p>Bed, Bath &amp; Bread</p>')).to.equal('Bed, Bath & Bread');
    expect(plainText('Caf&eacute; &#233; &#xE9; &rsquo;&hellip;')).to.equal('Café é é ’…');
  });

  it('decodes the named entities CMSs write: punctuation, quotation marks, the euro and every letter', () => {
    expect(plainText('&bdquo;Stra&szlig;e&ldquo; &laquo;&nbsp;c&oelig;ur&nbsp;&raquo; &iquest;Qu&eacute;?')).to.equal(
      '„Straße“ « cœur » ¿Qué?'
    );
    expect(plainText('K&oslash;benhavn &AElig;r&oslash; 5&nbsp;&euro; &mdash; &hellip;')).to.equal(
      'København Ærø 5 € — …'
    );
  });

  it('leaves named symbols and invisible marks as written, and decodes them when numeric', () => {
    expect(plainText('&frac12; &copy; &deg; &shy; &#189; &#xA9;')).to.equal('&frac12; &copy; &deg; &shy; ½ ©');
  });

  it('keeps block elements apart as words', () => {
    expect(plainText('<p>One</p><p>Two</p>line<br>break')).to.equal('One Two line break');
  });

  it('drops script, style and svg content entirely', () => {
    expect(plainText('a<script>alert(1)</script>b<style>p{}</style>c<svg onload=x><g/></svg>d')).to.equal('a b c d');
  });

  it('leaves decoded markup as text instead of parsing it', () => {
    expect(plainText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });

  it('keeps a lone "<" that is not a tag', () => {
    expect(plainText('3 < 5 and 5 > 3')).to.equal('3 < 5 and 5 > 3');
  });

  it('removes comments and unterminated tags', () => {
    expect(plainText('a<!-- hidden -->b<img src=x onerror=alert(1)')).to.equal('ab');
  });

  it('turns invalid code points into U+FFFD and leaves unknown entities alone', () => {
    expect(plainText('&#0;&#xD800;&#99999999;&nosuch;')).to.equal('\uFFFD\uFFFD&#99999999;&nosuch;');
  });

  it('collapses whitespace', () => {
    expect(plainText('  a \n\t b  ')).to.equal('a b');
  });
});

describe('resolveText', () => {
  const text = {en: 'Two cheers', fr: 'Deux hourras', 'pt-BR': 'Dois vivas'};

  it('picks the exact language, then the base language', () => {
    expect(resolveText(text, 'fr')).to.deep.equal({text: 'Deux hourras', lang: 'fr'});
    expect(resolveText(text, 'fr-CA')).to.deep.equal({text: 'Deux hourras', lang: 'fr'});
    expect(resolveText(text, 'PT-br')).to.deep.equal({text: 'Dois vivas', lang: 'pt-BR'});
    expect(resolveText(text, 'pt')).to.deep.equal({text: 'Dois vivas', lang: 'pt-BR'});
  });

  it('falls back to English, then to the first value', () => {
    expect(resolveText(text, 'de')).to.deep.equal({text: 'Two cheers', lang: 'en'});
    expect(resolveText({es: 'Hola', it: 'Ciao'}, 'de')).to.deep.equal({text: 'Hola', lang: 'es'});
  });

  it('passes plain strings through with the item language', () => {
    expect(resolveText('Hello', 'fr', 'en')).to.deep.equal({text: 'Hello', lang: 'en'});
    expect(resolveText(undefined, 'fr')).to.equal(undefined);
    expect(resolveText({}, 'fr')).to.equal(undefined);
  });

  it('asks for a lang attribute only when the language differs from the page', () => {
    expect(langAttr({text: 'x', lang: 'en'}, 'fr')).to.equal('en');
    expect(langAttr({text: 'x', lang: 'fr'}, 'fr-CA')).to.equal(undefined);
    expect(langAttr({text: 'x'}, 'fr')).to.equal(undefined);
  });
});
