// Koa middleware for the test server: HTML prerendered by the package's own command line
// (dist/server/render.mjs, built by `npm test`'s bundle step), as a city would paste it.
//   /prerender/<tag>?file=content.json&lang=fr&id=x&attr=src=/a.json&attr=page-size=3&mangle=1
//        the element, from test/fixtures/<file>; mangle=1 does to it what CMSs do (comments
//        stripped, tags re-indented, attributes single-quoted)
//   /test/csp/prerendered.html   the four elements prerendered in a page (served with the
//        strict CSP of test/server/csp.mjs); ?twice=1 loads the library a second time
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';

const run = promisify(execFile);
const RENDERER = new URL('../../dist/server/render.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;

export async function prerenderHtml(tag, {file = 'content.json', lang = 'en', id, attrs = []} = {}) {
  const args = [RENDERER, 'render', FIXTURES + file.replace(/[^\w.-]/g, ''), '--element', tag, '--lang', lang];
  args.push('--css', '/dist/cm-widgets.css');
  if (id) args.push('--id', id);
  for (const attr of attrs) args.push('--attr', attr);
  const {stdout} = await run(process.execPath, args, {maxBuffer: 20 << 20});
  return stdout.trim();
}

/** What a CMS may do to pasted HTML: comments gone, block tags on lines of their own, single quotes. */
export const mangle = (html) =>
  html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/="([^"']*)"/g, "='$1'")
    .replace(/(<\/(?:div|p|li|ul|section|article|figure|h\d|select|option|label|template)>)/g, '$1\n        ');

export async function prerenderPages(ctx, next) {
  if (ctx.path.startsWith('/prerender/')) {
    const tag = ctx.path.slice('/prerender/'.length);
    const attrs = [ctx.query.attr ?? []].flat();
    const html = await prerenderHtml(tag, {file: ctx.query.file, lang: ctx.query.lang, id: ctx.query.id, attrs});
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = ctx.query.mangle ? mangle(html) : html;
    return;
  }
  if (ctx.path === '/test/csp/prerendered.html') {
    const elements = await Promise.all([
      prerenderHtml('cm-featured-story', {attrs: ['src=/test/fixtures/content.json']}),
      prerenderHtml('cm-quote-rotator', {file: 'quotes.json', attrs: ['src=/test/fixtures/quotes.json']}),
      prerenderHtml('cm-webinar-card', {file: 'webinars.json'}),
      prerenderHtml('cm-ideas-index', {file: 'ideas.json', attrs: ['src=/test/fixtures/ideas.json']}),
    ]);
    const again = ctx.query.twice ? '<script type="module" src="/dist/cm-widgets.js?copy=2"></script>' : '';
    ctx.type = 'text/html';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Prerendered widgets</title>
<script type="module" src="/test/csp/record-violations.js"></script>
<script type="module" src="/dist/cm-widgets.js"></script>${again}
</head><body>${elements.join('\n')}</body></html>`;
    return;
  }
  return next();
}
