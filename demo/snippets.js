// The demo's "copy this code" snippets, made from what the page really uses, so they cannot
// drift from it:
//   <code data-snippet-from="story">        the element marked data-snippet="story", as this
//                                           page's HTML writes it (children and comments
//                                           included; the demo's own data-* hooks left out)
//   <code … data-snippet-script>            preceded by the script tag that loads the
//                                           widgets: this page's own file, from the CDN
//   <code data-snippet-from="css:.x">       the rule `.x` of the page's stylesheets
// The elements come from the page's source, not from the live DOM: there, the widgets and
// the language switch have already added attributes of their own (index, label, dir).
// test/demo.test.ts checks each snippet against the page.

/** Where the published package's files are, for webmasters who cannot host them. */
const CDN = 'https://cdn.jsdelivr.net/npm/@citiesofmigration/widgets@0/';

/** Lines after the first lose the indentation the closing tag has (the element's own). */
function dedent(markup) {
  const lines = markup.split('\n');
  const indent = lines.at(-1).match(/^\s*/)[0].length;
  return lines
    .map((line, i) => (i === 0 ? line : line.slice(Math.min(indent, line.match(/^\s*/)[0].length))))
    .join('\n');
}

/** The element marked data-snippet=`name` in `source`, as HTML to paste. */
function elementSnippet(source, name) {
  const el = source.querySelector(`[data-snippet="${name}"]`);
  if (!el) throw new Error(`demo: no element with data-snippet="${name}" for its snippet`);
  const copy = el.cloneNode(true);
  for (const node of [copy, ...copy.querySelectorAll('*')]) {
    for (const attr of node.getAttributeNames()) if (attr.startsWith('data-')) node.removeAttribute(attr);
  }
  // The serializer writes boolean attributes as autoplay=""; people write autoplay.
  return dedent(copy.outerHTML.replace(/<[^>]+>/g, (tag) => tag.replace(/ ([\w-]+)=""/g, ' $1')));
}

/** The declarations of the page's CSS rule for `selector`, one per line. */
function cssSnippet(doc, selector) {
  for (const sheet of doc.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule.selectorText !== selector) continue;
      const lines = [...rule.style].map((name) => `  ${name}: ${rule.style.getPropertyValue(name).trim()};`);
      return `${selector} {\n${lines.join('\n')}\n}`;
    }
  }
  throw new Error(`demo: no CSS rule ${selector} for its snippet`);
}

/** The tag that loads the widgets: the page's own module, from the CDN. */
function scriptSnippet(doc) {
  const script = [...doc.querySelectorAll('script[type=module][src]')].find((s) => /cm-widgets\.js$/.test(s.src));
  const file = new URL(script.src).pathname.slice(1);
  return `<script type="module" src="${CDN}${file}"></script>`;
}

/** Fills every <code data-snippet-from> of `doc`. */
export async function fillSnippets(doc = document) {
  let source;
  for (const code of doc.querySelectorAll('code[data-snippet-from]')) {
    const from = code.dataset.snippetFrom;
    let text;
    if (from.startsWith('css:')) text = cssSnippet(doc, from.slice(4));
    else {
      source ??= new DOMParser().parseFromString(await (await fetch(doc.URL)).text(), 'text/html');
      text = elementSnippet(source, from);
    }
    if (code.hasAttribute('data-snippet-script')) text = `${scriptSnippet(doc)}\n\n${text}`;
    code.textContent = text;
  }
}
