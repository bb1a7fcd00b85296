// Builds the snippet builder as static files a city can host: dist/builder/ holds the page,
// its script (Lit and the library's content layer bundled in), the script-tag build with its
// language modules, custom-elements.json (the builder's list of elements and attributes),
// the WordPress plugin's elements.json (its blocks and shortcodes) and an example feed, all
// linked by relative paths. Run after `npm run build`'s rollup and
// analyze steps (`npm run build` runs it last).
import {cpSync, existsSync, mkdirSync, readdirSync, rmSync} from 'node:fs';
import {dirname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const out = join(dist, 'builder');

for (const needed of ['dist/cm-widgets.js', 'custom-elements.json']) {
  if (!existsSync(join(root, needed))) {
    console.error(`build:builder: ${needed} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

rmSync(out, {recursive: true, force: true});
mkdirSync(out, {recursive: true});

await build({
  entryPoints: [join(root, 'builder/builder.ts')],
  outfile: join(out, 'builder.js'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'none',
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});

for (const name of ['index.html', 'builder.css']) cpSync(join(root, 'builder', name), join(out, name));
// The widgets as a page loads them: the script and what it loads from beside itself (language
// modules, the map's parts, its stylesheet), as the WordPress plugin ships them.
for (const name of readdirSync(dist).filter((n) => /^cm-widgets[\w.-]*\.(js|css|json)(\.map)?$/.test(n))) {
  cpSync(join(dist, name), join(out, name));
}
cpSync(join(root, 'custom-elements.json'), join(out, 'custom-elements.json'));
cpSync(join(root, 'wordpress/elements.json'), join(out, 'wordpress-elements.json'));
cpSync(join(root, 'demo/content.json'), join(out, 'example.json'));

console.log(`build:builder: ${readdirSync(out).length} files in dist/builder/ (open index.html from any web server)`);
