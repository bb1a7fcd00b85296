// The prerenderer for Node (npx cm-widgets render …): our source, Lit's server build and
// @lit-labs/ssr bundled into dist/server/render.mjs, so the package needs no server
// dependency at run time. Then dist/cm-widgets.css, which prerendered shadow roots link:
// every element's styles, written by the same code.
import {minifyHTMLLiterals} from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import {build} from 'esbuild';
import {readFile, writeFile} from 'node:fs/promises';

// The same html`` and css`` minification as the script-tag build: the prerendered DOM must
// have the whitespace text nodes (in inline contexts, the spaces) of the DOM it stands for.
const minifyLiterals = {
  name: 'minify-html-literals',
  setup(b) {
    // (esbuild's filters are Go regular expressions: no lookahead, so the server's own files
    // are let through here.)
    b.onLoad({filter: /[\\/]src[\\/].*\.ts$/}, async ({path}) => {
      if (/[\\/]src[\\/]server[\\/]/.test(path)) return undefined;
      const source = await readFile(path, 'utf8');
      // A file the minifier cannot parse (a template with a tag from a value) stays as it is,
      // as the rollup plugin leaves it in the script-tag build.
      const out = await Promise.resolve()
        .then(() => minifyHTMLLiterals(source, {fileName: path}))
        .catch(() => undefined);
      return {contents: out?.code ?? source, loader: 'ts'};
    });
  },
};

const result = await build({
  entryPoints: ['src/server/cli.ts'],
  outfile: 'dist/server/render.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  tsconfig: 'src/server/tsconfig.json',
  // Used by @lit-labs/ssr's module loader only, never by render().
  external: ['node-fetch'],
  // Some bundled CommonJS dependencies call require().
  banner: {
    js: 'import {createRequire as __createRequire} from "node:module"; const require = __createRequire(import.meta.url);',
  },
  plugins: [minifyLiterals],
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs)[0].bytes;

const {css} = await import(new URL('../dist/server/render.mjs', import.meta.url).href);
await writeFile('dist/cm-widgets.css', css());
console.log(`dist/server/render.mjs: ${(bytes / 1024).toFixed(0)} KB; dist/cm-widgets.css written`);
