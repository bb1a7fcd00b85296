import {expect} from '@open-wc/testing';
import {define} from '../src/internal/define.js';
import {VERSION} from '../src/internal/version.js';
import '../src/featured-story/featured-story.js';
import {CmFeaturedStory} from '../src/featured-story/featured-story.js';
import {captureConsole} from './helpers.js';

describe('define', () => {
  it('says nothing when the same version defines a tag again, and keeps the first class', () => {
    const spy = captureConsole();
    try {
      define('cm-featured-story', class extends HTMLElement {});
      expect(customElements.get('cm-featured-story')).to.equal(CmFeaturedStory);
      expect(spy.warnings()).to.deep.equal([]);
    } finally {
      spy.restore();
    }
  });

  it('warns once when another version of the library defined the tag first', () => {
    class Older extends HTMLElement {}
    (Older as unknown as Record<symbol, string>)[Symbol.for('cm-widgets.version')] = '0.0.1';
    customElements.define('cm-older-widget', Older);
    customElements.define('cm-older-other', class extends Older {});
    const spy = captureConsole();
    try {
      expect(() => define('cm-older-widget', class extends HTMLElement {})).not.to.throw();
      define('cm-older-other', class extends HTMLElement {});
      expect(customElements.get('cm-older-widget')).to.equal(Older);
      expect(spy.warnings()).to.have.length(1);
      expect(spy.warnings()[0]).to.contain(`version ${VERSION}`).and.contain('version 0.0.1');
    } finally {
      spy.restore();
    }
  });

  it('knows the version of package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as {version: string};
    expect(VERSION).to.equal(pkg.version);
  });
});
