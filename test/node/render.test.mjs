// `npx cm-widgets render`: the paste-in HTML each element prints, from the package's bin.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import process from 'node:process';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/cm-widgets.mjs');
const feed = join(root, 'demo/content.json');

async function render(...args) {
  try {
    const {stdout, stderr} = await promisify(execFile)(process.execPath, [bin, 'render', ...args], {cwd: root});
    return {code: 0, stdout, stderr};
  } catch (e) {
    return {code: e.code, stdout: e.stdout, stderr: e.stderr};
  }
}

describe('cm-widgets render', () => {
  for (const [element, shows] of [
    ['cm-featured-story', 'Prendre le pouls de la diversité'],
    ['cm-webinar-card', 'Planifier des villes résilientes'],
    ['cm-quote-rotator', 'Immigrants are a positive force'],
    ['cm-ideas-index', 'Le Partenariat de mentorat'],
  ]) {
    test(`${element}: the element, a declarative shadow root linking cm-widgets.css, and the fallback`, async () => {
      const {code, stdout} = await render(feed, '--element', element, '--lang', 'fr', '--attr', 'src=/content.json');
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`^<${element} src="/content.json"`));
      assert.match(stdout, /<template shadowrootmode="open"><link rel="stylesheet" href="\/widgets\/cm-widgets.css">/);
      // Its content, in French, twice: in the shadow root and in the fallback after it.
      const [shadow, fallback] = stdout.split('</template>');
      assert.ok(shadow.includes(shows), 'the shadow root shows the content');
      assert.ok(fallback.includes(shows), 'the fallback shows it too');
      // Nothing a strict CSP refuses, nothing a CMS would strip and break: no inline style,
      // no script, no Lit markers.
      assert.doesNotMatch(stdout, /<style|\sstyle=|<script|<!--|<\?/);
      assert.ok(stdout.trim().endsWith(`</${element}>`));
    });
  }

  test('the item by id, the stylesheet where the page keeps it, and French texts of our own', async () => {
    const {stdout} = await render(
      feed,
      '--element',
      'cm-webinar-card',
      '--id',
      'irregular-status',
      '--lang',
      'fr',
      '--css',
      '/assets/cm-widgets.css'
    );
    assert.match(stdout, /^<cm-webinar-card webinar-id="irregular-status">/);
    assert.match(stdout, /href="\/assets\/cm-widgets.css"/);
    assert.match(stdout, /Vidéo de webinaire/);
  });

  test('dates in the time zone asked for', async () => {
    const args = [feed, '--element', 'cm-webinar-card', '--id', 'urban-resilience', '--lang', 'en'];
    const toronto = await render(...args, '--time-zone', 'America/Toronto');
    const tokyo = await render(...args, '--time-zone', 'Asia/Tokyo');
    assert.match(toronto.stdout, /12:00 PM EDT/);
    assert.match(tokyo.stdout, /1:00 AM GMT\+9/);
  });

  test('attribute values are escaped, and a bad element, id or file says so', async () => {
    const quoted = await render(feed, '--element', 'cm-quote-rotator', '--attr', 'label="><script>x</script>');
    assert.equal(quoted.code, 0);
    assert.match(quoted.stdout, /label="&quot;&gt;&lt;script&gt;x&lt;\/script&gt;"/);
    const element = await render(feed, '--element', 'cm-nope');
    assert.equal(element.code, 1);
    assert.match(element.stderr, /unknown element <cm-nope>/);
    const id = await render(feed, '--element', 'cm-featured-story', '--id', 'nope');
    assert.equal(id.code, 1);
    assert.match(id.stderr, /no item with id "nope"/);
    const file = await render(join(root, 'no-such.json'), '--element', 'cm-featured-story');
    assert.equal(file.code, 1);
    const badName = await render(feed, '--element', 'cm-featured-story', '--attr', 'on click=x');
    assert.equal(badName.code, 1);
    assert.match(badName.stderr, /not an attribute name/);
  });

  test('cm-widgets.css: every rule scoped to the elements that use it', () => {
    const css = readFileSync(join(root, 'dist/cm-widgets.css'), 'utf8');
    assert.match(css, /:host\(cm-featured-story\)/);
    assert.match(
      css,
      /:host\(:is\(cm-featured-story,cm-webinar-card,cm-ideas-index\)\) \.card|:host\(:is\([^)]*\)\) \.card/
    );
    for (const rule of css.split('}')) {
      const selector = rule.split('{')[0].trim();
      if (selector && !selector.startsWith('@') && !/^(from|to|\d+%)$/.test(selector)) {
        assert.match(selector, /:host\(/, `unscoped: ${selector}`);
      }
    }
  });
});
