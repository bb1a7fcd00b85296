/**
 * `npx cm-widgets render <feed.json|URL> --element <tag> [--id ID] [--lang LANG]
 * [--attr name=value]… [--css URL] [--time-zone ZONE]` prints paste-in prerendered HTML;
 * `npx cm-widgets css` prints cm-widgets.css. Node only: bundled with Lit's server build and
 * @lit-labs/ssr by scripts/build-server.mjs, so the package needs no server dependency.
 */
// Before anything that defines an element: customElements, HTMLElement… for Node.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import type {CSSResultOrNative} from 'lit';

// After the shim: the elements are defined as these modules load.
export const {prerender, ELEMENTS} = await import('./render.js');
const {widgetsCss} = await import('./css.js');
const {mapStyles} = await import('../ideas-map/ideas-map.styles.js');

const USAGE = `usage: cm-widgets render <feed.json|URL> --element <${Object.keys(ELEMENTS).join('|')}>
         [--id ID] [--lang LANG] [--attr name=value]… [--css URL] [--time-zone ZONE]
       cm-widgets css`;

/** The cm-widgets.css of every element, for the build (the map's own styles come with its code). */
export const css = () =>
  widgetsCss(
    Object.fromEntries(
      Object.keys(ELEMENTS).map((tag) => {
        const {elementStyles} = customElements.get(tag) as unknown as {elementStyles: CSSResultOrNative[]};
        return [tag, {elementStyles: tag === 'cm-ideas-map' ? [...elementStyles, mapStyles] : elementStyles}];
      })
    )
  );

export async function main(argv: string[]): Promise<number> {
  const {values, positionals} = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      element: {type: 'string'},
      id: {type: 'string'},
      lang: {type: 'string', default: 'en'},
      attr: {type: 'string', multiple: true, default: []},
      css: {type: 'string', default: '/widgets/cm-widgets.css'},
      'time-zone': {type: 'string'},
      help: {type: 'boolean'},
    },
  });
  const [command, source] = positionals;
  if (command === 'css') {
    process.stdout.write(css() + '\n');
    return 0;
  }
  if (values.help || command !== 'render' || !source || !values.element) {
    (values.help ? console.log : console.error)(USAGE);
    return values.help ? 0 : 2;
  }
  // Dates in the city's time zone, as its visitors will mostly see them.
  if (values['time-zone']) process.env.TZ = values['time-zone'];
  const remote = /^https?:\/\//i.test(source);
  const response = remote ? await fetch(source) : undefined;
  if (response && !response.ok) throw new Error(`${source}: HTTP ${response.status}`);
  const text = response ? await response.text() : await readFile(source, 'utf8');
  const attributes = values.attr!.map((a) => {
    const i = a.indexOf('=');
    return (i < 0 ? [a, ''] : [a.slice(0, i), a.slice(i + 1)]) as [string, string];
  });
  // A feed given by URL is the element's src too, unless --attr says otherwise.
  if (remote && !attributes.some(([n]) => n === 'src')) attributes.unshift(['src', source]);
  const html = await prerender({
    tag: values.element,
    feed: JSON.parse(text),
    id: values.id,
    lang: values.lang,
    attributes,
    css: values.css!,
  });
  process.stdout.write(html + '\n');
  return 0;
}

// Run as a command (not imported by the build).
if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2)).catch((e) => {
    console.error(`cm-widgets: ${(e as Error).message}`);
    return 1;
  });
}
