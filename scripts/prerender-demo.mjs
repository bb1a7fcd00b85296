// The demo as `npm start` serves it: demo/index.html with every widget that reads a feed
// prerendered from demo/content.json, in the page's language (dist/demo/index.html). Not
// hand-written: the widgets' final layout is in the HTML because the build puts it there,
// as `npx cm-widgets render` does for a city's page.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';

const {prerender} = await import(new URL('../dist/server/render.mjs', import.meta.url).href);

const CSS = '/dist/cm-widgets.css';
let page = readFileSync('demo/index.html', 'utf8');
const lang = /<html lang="([^"]+)"/.exec(page)[1];
const feed = JSON.parse(readFileSync('demo/content.json', 'utf8'));
const unescape = (s) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

// Each element with a src on the demo's feed, whatever the webmaster wrote inside it: the
// prerender writes the fallback itself.
const ELEMENT = /<(cm-[a-z-]+)((?:\s+[\w-]+(?:="[^"]*")?)*)\s*>[\s\S]*?<\/\1>/g;
const started = performance.now();
let count = 0;
const rendered = [];
for (const match of page.matchAll(ELEMENT)) {
  const [whole, tag, attrText] = match;
  const attributes = [...attrText.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map(([, n, v]) => [n, unescape(v ?? '')]);
  if (!attributes.some(([n, v]) => n === 'src' && v === '/demo/content.json')) continue;
  const idAttribute = attributes.find(([n]) => n === 'story-id' || n === 'webinar-id');
  const html = await prerender({
    tag,
    feed,
    id: idAttribute?.[1],
    lang,
    attributes: attributes.filter((a) => a !== idAttribute),
    css: CSS,
  });
  rendered.push([whole, html]);
  count++;
}
for (const [whole, html] of rendered) page = page.replace(whole, () => html);
// The shadow roots' stylesheet, asked for early without blocking the first paint: the
// shadow roots' own links then find it on its way (measured: no unstyled frame, no shift).
page = page.replace('</title>', `</title>\n    <link rel="preload" as="style" href="${CSS}" />`);

mkdirSync('dist/demo', {recursive: true});
writeFileSync('dist/demo/index.html', page);
console.log(`dist/demo/index.html: ${count} widgets prerendered in ${Math.round(performance.now() - started)} ms`);
