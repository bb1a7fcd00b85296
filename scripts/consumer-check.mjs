// `npm run consumer-check` (after `npm run build`): the package as an npm consumer gets it.
// Packs the tarball, checks that it holds every file the `exports` map names, installs it
// into a throwaway TypeScript project in a temp dir (with typescript@^6 and React's types;
// `--prefer-offline`, so a warm npm cache is enough), resolves every export from Node, and
// type-checks a consumer file (plain DOM use, an element path, the React wrappers in TSX)
// under both `moduleResolution: bundler` (Vite, webpack) and `nodenext`. Exits 1 when
// anything is missing or a type breaks. CONSUMER_CHECK_KEEP=1 keeps the temp project.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];

if (!existsSync(join(root, 'dist/index.d.ts')) || !existsSync(join(root, 'html-custom-data.json'))) {
  console.error('consumer-check: dist/ or html-custom-data.json is missing: run `npm run build` first.');
  process.exit(1);
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
  if (result.error) throw result.error;
  return result;
}

const dir = mkdtempSync(join(tmpdir(), 'cm-consumer-'));
let ok = false;
try {
  // 1. The tarball, and the files its exports map promises.
  const pack = run('npm', ['pack', '--json', '--pack-destination', dir], root);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  const [{filename, files, size}] = JSON.parse(pack.stdout);
  const packed = new Set(files.map((f) => f.path));
  const inTarball = (target) => packed.has(target.replace(/^\.\//, ''));
  const targets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap((v) => targets(v));
  for (const [subpath, value] of Object.entries(pkg.exports)) {
    for (const target of targets(value)) {
      if (!inTarball(target)) failures.push(`exports["${subpath}"] → ${target} is not in the tarball`);
    }
  }
  for (const field of ['customElements', 'types', 'main']) {
    if (pkg[field] && !inTarball(pkg[field]))
      failures.push(`package.json ${field} → ${pkg[field]} is not in the tarball`);
  }
  if ([...packed].some((f) => f.startsWith('dist/node_modules/'))) {
    failures.push('the tarball bundles dist/node_modules/');
  }
  console.log(`packed ${filename}: ${files.length} files, ${(size / 1024).toFixed(1)} KB`);

  // 2. A throwaway consumer project.
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'cm-consumer-check',
        private: true,
        type: 'module',
        dependencies: {
          [pkg.name]: `file:./${filename}`,
          typescript: '^6',
          '@types/react': pkg.devDependencies['@types/react'] ?? '^19',
          // The React wrappers import React (an optional peer) when imported in Node below.
          react: pkg.devDependencies.react ?? '^19',
          // The raw tags' typings for Vue templates and Svelte markup are checked against these.
          vue: pkg.devDependencies.vue ?? '^3',
          svelte: pkg.devDependencies.svelte ?? '^5',
        },
      },
      null,
      2
    )
  );
  const install = run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    dir
  );
  if (install.status !== 0) throw new Error(`npm install in ${dir} failed:\n${install.stderr}`);
  const tscVersion = run(join(dir, 'node_modules/.bin/tsc'), ['-v'], dir).stdout.trim();

  // 3. Every export resolves from Node, to a file that exists.
  const subpaths = Object.keys(pkg.exports).map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
  writeFileSync(
    join(dir, 'resolve.mjs'),
    `import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
let bad = 0;
for (const s of ${JSON.stringify(subpaths)}) {
  try {
    const file = fileURLToPath(import.meta.resolve(s));
    if (!existsSync(file)) throw new Error('resolves to a missing file ' + file);
  } catch (e) { bad++; console.error(s + ': ' + e.message); }
}
const data = (await import('${pkg.name}/html-custom-data.json', {with: {type: 'json'}})).default;
if (!(data.tags?.length >= 4)) { bad++; console.error('html-custom-data.json has no tags'); }
process.exit(bad ? 1 : 0);
`
  );
  const resolved = run('node', ['resolve.mjs'], dir);
  if (resolved.status !== 0) failures.push(`exports do not resolve from Node:\n${resolved.stderr.trim()}`);

  // 3b. Every module export imports in Node (a server-rendered app imports them on the server),
  // and leaves no window or document behind for a browser check to trip over.
  const modules = subpaths.filter((s) => !s.endsWith('.json'));
  writeFileSync(
    join(dir, 'import.mjs'),
    `let bad = 0;
for (const s of ${JSON.stringify(modules)}) {
  try { await import(s); } catch (e) { bad++; console.error(s + ': ' + e.message); }
}
for (const name of ['window', 'document']) {
  if (typeof globalThis[name] !== 'undefined') { bad++; console.error('importing defined a global ' + name); }
}
process.exit(bad ? 1 : 0);
`
  );
  const imported = run('node', ['import.mjs'], dir);
  if (imported.status !== 0) failures.push(`exports do not import in Node:\n${imported.stderr.trim()}`);
  else console.log(`import in Node: ${modules.length} modules, ok`);

  // 4. Type-check what a consumer writes, under two module resolutions.
  writeFileSync(join(dir, 'consumer.tsx'), consumerSource());
  writeFileSync(join(dir, 'frameworks.tsx'), frameworksSource());
  const base = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  const configs = {
    bundler: {...base, module: 'ESNext', moduleResolution: 'Bundler'},
    nodenext: {...base, module: 'NodeNext', moduleResolution: 'NodeNext'},
  };
  for (const [name, compilerOptions] of Object.entries(configs)) {
    const file = `tsconfig.${name}.json`;
    writeFileSync(
      join(dir, file),
      JSON.stringify({compilerOptions, files: ['consumer.tsx', 'frameworks.tsx']}, null, 2)
    );
    const tsc = run(join(dir, 'node_modules/.bin/tsc'), ['-p', file, '--pretty', 'false'], dir);
    if (tsc.status === 0) console.log(`type-check (${tscVersion}, moduleResolution ${name}): ok`);
    else
      failures.push(
        `type-check (${tscVersion}, moduleResolution ${name}) failed:\n${(tsc.stdout + tsc.stderr).trim()}`
      );
  }
  ok = failures.length === 0;
} catch (error) {
  failures.push(error.message);
} finally {
  if (ok && !process.env.CONSUMER_CHECK_KEEP) rmSync(dir, {recursive: true, force: true});
  else console.log(`consumer project kept in ${dir}`);
}

if (failures.length) {
  console.error(`\nconsumer-check: FAILED\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('consumer-check: the packed package installs, resolves and type-checks as a consumer uses it.');

// What an app developer writes. `@ts-expect-error` lines prove that the types are real
// (an `any` would make them unused directives, which tsc reports as errors).
function consumerSource() {
  return `
import {useRef} from 'react';
import {
  CmIdeasIndex as IdeasIndexElement,
  CmQuoteRotator as QuoteRotatorElement,
  FeedError,
  type FilterChangeDetail,
  type Idea,
  type Quote,
  type Story,
  type Webinar,
} from '${pkg.name}';
import '${pkg.name}/quote-rotator.js';
import {CmQuoteRotator as QuoteRotatorFromPath} from '${pkg.name}/quote-rotator.js';
import {
  CmFeaturedStory,
  CmIdeasIndex,
  CmQuoteRotator,
  CmWebinarCard,
  type CmChangeDetail,
  type CmErrorEvent,
} from '${pkg.name}/react';

// Elements, typed through HTMLElementTagNameMap.
const rotator = document.createElement('cm-quote-rotator');
const sameClass: QuoteRotatorFromPath = rotator;
const alsoSame: QuoteRotatorElement = sameClass;
const quotes: Quote[] = [{text: 'Immigrants are a positive force in Finnish society.', author: 'Jussi Pajunen', city: 'Helsinki'}];
rotator.quotes = quotes;
rotator.autoplay = true;
rotator.interval = 8000;
rotator.goTo(1);
alsoSame.pause();
// @ts-expect-error interval is a number of milliseconds
rotator.interval = 'fast';

const story = document.createElement('cm-featured-story');
story.story = {title: 'Toronto The Good', url: '/stories/toronto', date: '2018-12-10'} satisfies Story;
story.headingLevel = 2;
// @ts-expect-error a Story needs a url
story.story = {title: 'No link'};

const card = document.createElement('cm-webinar-card');
const webinar: Webinar = {
  title: 'Inclusion of Migrants with Irregular Status',
  kind: 'video',
  video: 'https://www.youtube.com/watch?v=VIDEO_ID',
  durationMinutes: 75,
  speakers: [{name: 'Sarah Spencer', organization: 'University of Oxford'}],
};
card.webinar = webinar;
// @ts-expect-error kind is 'featured' | 'video' | 'archive'
card.webinar = {title: 'A podcast', kind: 'podcast'};

const index: IdeasIndexElement | null = document.querySelector('cm-ideas-index');
const ideas: Idea[] = [{id: 'binam', title: 'BINAM', url: 'https://montreal.ca/', city: 'Montréal', country: 'Canada', themes: ['Work']}];
if (index) {
  index.ideas = ideas;
  index.syncUrl = true;
  index.addEventListener('cm-filter-change', (e) => {
    const detail: FilterChangeDetail = e.detail;
    const count: number = detail.count;
    console.log(detail.query, count);
  });
}

// Every cm-* event is in HTMLElementEventMap: e.detail is typed without a cast.
rotator.addEventListener('cm-change', (e) => {
  const {index: shown}: CmChangeDetail = e.detail;
  console.log(shown);
});
story.addEventListener('cm-error', (e) => {
  const {error, src} = e.detail;
  if (error instanceof FeedError) console.log(error.kind, error.status, src);
});
// The README's npm snippet, as written there.
story.addEventListener('cm-error', (e) => console.log(e.detail));
const typedError: CmErrorEvent | undefined = undefined;
void typedError;

// React, through @lit/react: properties, typed event props, refs to the element.
export function App() {
  const ref = useRef<QuoteRotatorElement>(null);
  return (
    <main>
      <CmQuoteRotator
        ref={ref}
        quotes={quotes}
        autoplay
        interval={8000}
        label="Mayors on immigration"
        className="quotes"
        onCmChange={(e) => {
          const shown: number = e.detail.index;
          if (shown > 2) ref.current?.pause();
        }}
        onCmError={(e) => console.error(e.detail.src, e.detail.error.message)}
      />
      <CmFeaturedStory story={{title: 'Toronto The Good', url: '/stories/toronto'}} headingLevel={2} />
      <CmWebinarCard
        webinar={webinar}
        onCmPlay={(e) => {
          const host: 'youtube' | 'vimeo' = e.detail.host;
          console.log(host, e.detail.id);
        }}
      />
      <CmIdeasIndex
        src="/content.json"
        syncUrl
        pageSize={12}
        onCmFilterChange={(e) => console.log(e.detail.query, e.detail.theme, e.detail.country, e.detail.count)}
      />
      {/* @ts-expect-error the ideas index has no cm-play event */}
      <CmIdeasIndex onCmPlay={() => undefined} />
      {/* @ts-expect-error pageSize is a number */}
      <CmIdeasIndex pageSize="12" />
    </main>
  );
}
`;
}

// Raw tags in React 19 JSX, Vue templates and Svelte markup, typed by the opt-in entries.
function frameworksSource() {
  return `import type {} from '${pkg.name}/jsx';
import type {} from '${pkg.name}/vue';
import type {} from '${pkg.name}/svelte';
import type {GlobalComponents} from 'vue';
import type {SvelteHTMLElements} from 'svelte/elements';

// React 19: properties, attributes and events on the raw tag.
export const raw = (
  <>
    <cm-featured-story story={{title: 'T', url: '/t'}} heading-level="3" oncm-error={(e) => e.detail.src} />
    <cm-ideas-index syncUrl pageSize={12} oncm-filter-change={(e) => e.detail.count.toFixed()} />
    <cm-quote-rotator quotes={[{text: 'Q', author: 'A'}]} oncm-change={(e) => e.detail.index.toFixed()} />
    {/* @ts-expect-error: a story needs a url */}
    <cm-featured-story story={{title: 'T'}} />
    {/* @ts-expect-error: pageSize is a number */}
    <cm-ideas-index pageSize="12" />
  </>
);

// Vue: the global components' props.
type VueProps<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['\$props'];
export const vueStory: VueProps<'cm-featured-story'> = {heading: 'T', href: '/t', onCmError: (e) => e.detail.src};
// @ts-expect-error: autoplay is a boolean
export const vueRotator: VueProps<'cm-quote-rotator'> = {autoplay: 'yes'};

// Svelte: the element's attributes in markup.
export const svelteCard: SvelteHTMLElements['cm-webinar-card'] = {kind: 'video', 'oncm-play': (e) => e.detail.host};
// @ts-expect-error: kind is featured, video or archive
export const svelteBad: SvelteHTMLElements['cm-webinar-card'] = {kind: 'live'};
`;
}
