// The snippet builder's WordPress output (wordpress/syntax.js), checked against
// elements.json and WordPress's own block-comment escaping. `node --test test/wordpress/`
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';
import {skipped, wordpressBlock, wordpressShortcode} from '../../wordpress/syntax.js';

const spec = JSON.parse(readFileSync(new URL('../../wordpress/elements.json', import.meta.url), 'utf8'));

test('a shortcode names the element and its attributes with _ for -', () => {
  assert.equal(
    wordpressShortcode(spec, 'featured-story', {src: '/content.json', 'story-id': 'two-cheers', 'heading-level': 2}),
    '[cm_featured_story src="/content.json" story_id="two-cheers" heading_level="2"]'
  );
  assert.equal(
    wordpressShortcode(spec, 'quote-rotator', {autoplay: true, interval: '9000'}),
    '[cm_quote_rotator autoplay interval="9000"]'
  );
  assert.equal(wordpressShortcode(spec, 'ideas-map'), '[cm_ideas_map]');
});

test('a shortcode value cannot close the value or the shortcode', () => {
  assert.equal(
    wordpressShortcode(spec, 'featured-story', {heading: 'A "quoted" [title] <b>'}),
    '[cm_featured_story heading="A &quot;quoted&quot; &#91;title&#93; &lt;b&gt;"]'
  );
});

test('a block comment has camelCase attributes, escaped as the block editor does', () => {
  assert.equal(
    wordpressBlock(spec, 'featured-story', {src: '/content.json', 'story-id': 'two-cheers', 'heading-level': '2'}),
    '<!-- wp:citiesofmigration/featured-story {"src":"/content.json","storyId":"two-cheers","headingLevel":2} /-->'
  );
  const block = wordpressBlock(spec, 'featured-story', {heading: 'a -- b <c> & "d"'});
  assert.ok(!/--[^>]|<[^!]|&/.test(block.slice(4, -4)), block);
  assert.deepEqual(JSON.parse(block.slice(block.indexOf('{'), block.lastIndexOf('}') + 1)), {
    heading: 'a -- b <c> & "d"',
  });
  assert.equal(
    wordpressBlock(spec, 'ideas-index', {'sync-url': true, 'page-size': 12, id: 'ideas'}),
    '<!-- wp:citiesofmigration/ideas-index {"syncUrl":true,"pageSize":12,"id":"ideas"} /-->'
  );
});

test('JSON lists, false booleans and unknown names are left out, and said so', () => {
  const attributes = {quotes: '[]', autoplay: false, nope: 'x', label: 'Maires'};
  assert.equal(wordpressShortcode(spec, 'quote-rotator', attributes), '[cm_quote_rotator label="Maires"]');
  assert.equal(
    wordpressBlock(spec, 'quote-rotator', attributes),
    '<!-- wp:citiesofmigration/quote-rotator {"label":"Maires"} /-->'
  );
  assert.deepEqual(skipped(spec, 'quote-rotator', attributes), ['quotes', 'nope']);
  assert.throws(() => wordpressBlock(spec, 'no-such-element', {}), /unknown element/);
});

test('every element has a block.json of the same name, and every attribute a known type', () => {
  for (const [name, element] of Object.entries(spec.elements)) {
    const block = JSON.parse(
      readFileSync(new URL(`../../wordpress/blocks/${name}/block.json`, import.meta.url), 'utf8')
    );
    assert.equal(block.name, `${spec.namespace}/${name}`);
    assert.equal(block.apiVersion, 2);
    assert.ok(element.tag.startsWith('cm-'), element.tag);
    for (const [attribute, description] of Object.entries(element.attributes)) {
      assert.ok(description.type in spec.types, `${name} ${attribute}: ${description.type}`);
      assert.ok(description.type === 'json' || description.label, `${name} ${attribute} has a label`);
    }
  }
});
