import {expect} from '@open-wc/testing';
import {define} from '../src/internal/define.js';
import '../src/featured-story/featured-story.js';
import {CmFeaturedStory} from '../src/featured-story/featured-story.js';
import {captureConsole} from './helpers.js';

describe('define', () => {
  it('keeps the first class when a tag is defined again, without throwing or a word in the console', () => {
    const spy = captureConsole();
    try {
      expect(() => define('cm-featured-story', class extends HTMLElement {})).not.to.throw();
      expect(customElements.get('cm-featured-story')).to.equal(CmFeaturedStory);
      expect(spy.warnings()).to.deep.equal([]);
      expect(spy.errors()).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });
});
