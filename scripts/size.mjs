// `npm run size`: bytes of the script-tag build and of each locale module beside it.
// Bytes are deterministic, so the budget may fail the build (timings never do).
import {readFileSync, readdirSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {rollup} from 'rollup';
import {SourceMapConsumer} from 'source-map-js';
import config, {elements} from '../rollup.config.mjs';
import {preflight} from './find-chrome.mjs';

// DESIGN.md's ceilings (gzip): over any, the command exits 1 and CI fails.
const CEILING_GZIP = 26 * 1024; // dist/cm-widgets.js, all elements, English
const LOCALE_CEILING_GZIP = 1.5 * 1024; // each cm-widgets-<lang>.js (and the map's cm-widgets-map-<lang>.js)
const MAP_CEILING_GZIP = 0.5 * 1024; // what <cm-ideas-map> adds to cm-widgets.js: a page without a map pays that
const LOCALES = /^cm-widgets-(map-)?(ar|de|es|fr)\.js$/;
// What a page with a map loads besides cm-widgets.js: the map's code and outline, and its
// messages in the page's language (cm-widgets-map-<lang>.js, beside the locale module).
const MAP_CHUNK = 'cm-widgets-map-view.js';

preflight({chrome: false});

const measure = (file) => {
  const code = readFileSync(file);
  return {
    min: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
};

const kb = (n) => `${(n / 1024).toFixed(2)} KB`.padStart(10);
const files = [
  'cm-widgets.js',
  ...readdirSync('dist')
    .filter((f) => /^cm-widgets-.+\.js$/.test(f))
    .sort(),
];

console.log(`${'file'.padEnd(28)}${'min'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
const sizes = {};
for (const f of files) {
  const s = (sizes[f] = measure(`dist/${f}`));
  console.log(`${f.padEnd(28)}${kb(s.min)}${kb(s.gzip)}${kb(s.brotli)}`);
}

// What each element adds: the bundle with every element, less the bundle without it
// (the shared Lit, content layer and controllers stay in both).
async function gzipWithout(skip) {
  const bundleConfig = config[1];
  const entry = '\0cm-size-entry';
  const build = await rollup({
    ...bundleConfig,
    input: entry,
    onwarn: () => {},
    plugins: [
      {
        name: 'size-entry',
        resolveId: (id) => (id === entry ? id : null),
        load: (id) =>
          id === entry
            ? elements
                .filter((e) => e !== skip)
                .map((e) => `import './src/${e}/${e}.ts';`)
                .join('\n')
            : null,
      },
      ...bundleConfig.plugins,
    ],
  });
  const {output} = await build.generate({format: 'es', dir: 'dist'});
  await build.close();
  return gzipSync(output[0].code, {level: 9}).length;
}

const all = await gzipWithout(undefined);
const shares = {};
console.log(`\nWhat each element adds to cm-widgets.js (gzip):`);
for (const element of elements) {
  const share = (shares[element] = all - (await gzipWithout(element)));
  console.log(`  <cm-${element}>`.padEnd(28) + kb(share));
}

const mapShare = shares['ideas-map'];
const mapLocales = Object.keys(sizes).filter((f) => /^cm-widgets-map-(ar|de|es|fr)\.js$/.test(f));
const largestMapLocale = Math.max(0, ...mapLocales.map((f) => sizes[f].gzip));
console.log(`\nThe map (<cm-ideas-map>), gzip:`);
console.log(
  `  on every page (in cm-widgets.js)`.padEnd(40) + kb(mapShare) + `  (ceiling ${MAP_CEILING_GZIP / 1024} KB)`
);
console.log(`  ${MAP_CHUNK}, with a map`.padEnd(40) + kb(sizes[MAP_CHUNK]?.gzip ?? 0));
console.log(`  + its messages, not in English`.padEnd(40) + kb(largestMapLocale) + '  (largest language)');

// Where the minified bytes come from, by the source map: Lit and its packages, the shared
// layer (content, controllers, styles, localization, internal) and each element's folder.
const groupOf = (source) => {
  if (source.includes('node_modules/')) return 'lit, @lit/localize, @lit/task';
  const folder = /src\/([^/]+)\//.exec(source)?.[1];
  return elements.includes(folder) ? `src/${folder}/` : 'shared layer (src/*)';
};
const code = readFileSync('dist/cm-widgets.js', 'utf8').split('\n');
const consumer = new SourceMapConsumer(JSON.parse(readFileSync('dist/cm-widgets.js.map', 'utf8')));
const mappings = [];
consumer.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
const groups = new Map();
// Each source file's ranges of the minified text, as [start, end] offsets into the file.
const lineStarts = [];
code.reduce((offset, line) => (lineStarts.push(offset), offset + line.length + 1), 0);
const ranges = new Map();
mappings.forEach((m, i) => {
  const next = mappings[i + 1];
  const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : code[m.generatedLine - 1].length;
  const group = groupOf(m.source ?? '');
  groups.set(group, (groups.get(group) ?? 0) + end - m.generatedColumn);
  const source = (m.source ?? '?').replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/');
  const start = lineStarts[m.generatedLine - 1];
  if (!ranges.has(source)) ranges.set(source, []);
  ranges.get(source).push([start + m.generatedColumn, start + end]);
});
console.log(`\nMinified bytes of cm-widgets.js by origin:`);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`  ${group}`.padEnd(40) + kb(bytes));

// What each source file costs in gzip: the bundle's gzip size less that of the bundle with
// the file's bytes left out. Gzip shares repeats between files, so the costs do not add up
// to the total; they say where a cut would pay.
const text = code.join('\n');
const gzipOf = (s) => gzipSync(s, {level: 9}).length;
const whole = gzipOf(text);
const costs = [...ranges].map(([source, parts]) => {
  let rest = '';
  let at = 0;
  for (const [start, end] of parts) {
    rest += text.slice(at, start);
    at = end;
  }
  return [source, whole - gzipOf(rest + text.slice(at))];
});
console.log(`\nThe 20 costliest source files of cm-widgets.js (gzip bytes without each):`);
for (const [source, cost] of costs.sort((a, b) => b[1] - a[1]).slice(0, 20)) {
  console.log(`  ${source}`.padEnd(54) + `${cost} B`.padStart(8));
}

const main = sizes['cm-widgets.js'].gzip;
const over = [];
if (main > CEILING_GZIP) over.push(`cm-widgets.js is over the ${CEILING_GZIP / 1024} KB ceiling`);
for (const [file, {gzip}] of Object.entries(sizes)) {
  if (LOCALES.test(file) && gzip > LOCALE_CEILING_GZIP) over.push(`${file} is over ${LOCALE_CEILING_GZIP / 1024} KB`);
}
if (mapShare > MAP_CEILING_GZIP)
  over.push(`<cm-ideas-map> adds more than ${MAP_CEILING_GZIP / 1024} KB to cm-widgets.js`);
if (!sizes[MAP_CHUNK]) over.push(`${MAP_CHUNK} is missing: the map's code must load on demand`);
console.log(
  `\ncm-widgets.js: ${kb(main).trim()} gzip (ceiling ${CEILING_GZIP / 1024} KB); locale modules ≤ 1.5 KB each; ` +
    `the map ${kb(mapShare).trim()} on a page without one (ceiling ${MAP_CEILING_GZIP / 1024} KB).`
);
for (const line of over) console.log(`OVER: ${line}.`);
if (over.length) process.exit(1);
