import {expect} from '@open-wc/testing';
import {highlight} from '../../src/ideas-index/highlight.js';

describe('highlight', () => {
  it('marks whole words that start with a query word, ignoring case and accents', () => {
    expect(highlight('Intégration économique à Montréal', ['integr', 'montreal'])).to.deep.equal([
      {text: 'Intégration', mark: true},
      {text: ' économique à '},
      {text: 'Montréal', mark: true},
    ]);
  });

  it('gives nothing when no word matches, and never marks inside a word', () => {
    expect(highlight('Welcoming cities', ['come'])).to.equal(undefined);
    expect(highlight('Welcoming cities', [])).to.equal(undefined);
    expect(highlight('Łódź', ['lodz'])).to.deep.equal([{text: 'Łódź', mark: true}]);
  });
});
