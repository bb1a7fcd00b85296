// Two builds from one source:
// (a) the npm build: unbundled ES modules + .d.ts, Lit left external so apps share one Lit;
// (b) dist/cm-widgets.js: one minified module with Lit inlined for a <script type="module">,
//     with each translation in its own chunk beside it, loaded only when the page needs it.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {constructorCleanupTransformer, idiomaticDecoratorsTransformer} from '@lit/ts-transformers';
import {dropMsgDescriptions} from './scripts/drop-msg-descriptions.mjs';

export const elements = ['featured-story', 'quote-rotator', 'webinar-card', 'ideas-index', 'ideas-map'];

// Lit, @lit/react and React stay imports: apps bring (and share) their own copies.
const external = (id) => /^(lit|react|react-dom)(\/|$)|^@lit\//.test(id);

// The source keeps Lit's decorators (the house style); the builds turn them into plain
// `static properties` and constructor assignments, as Lit's own packages do: no decorator
// functions or tslib `__decorate` calls ship (half a kilobyte of the script-tag bundle).
const transformers = {
  before: [{type: 'program', factory: (program) => idiomaticDecoratorsTransformer(program)}],
  after: [{type: 'program', factory: (program) => constructorCleanupTransformer(program)}],
};

/**
 * Terser, with non-ASCII characters escaped in the entry chunk only: its accented Latin text
 * (entity names, French examples) compresses better as `\xe9` escapes (−139 B gzip), while
 * a translation module is mostly non-ASCII text, and Arabic escaped is 8 % larger.
 */
function minify() {
  const options = {ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}};
  const entry = terser({...options, format: {...options.format, ascii_only: true}});
  const other = terser(options);
  return {
    name: 'minify',
    renderChunk(code, chunk, outputOptions) {
      return (chunk.isEntry ? entry : other).renderChunk.call(this, code, chunk, outputOptions);
    },
  };
}

const library = {
  // src/react: the React wrappers (@citiesofmigration/widgets/react); src/content/validate.ts:
  // the feed validator's core (`npx cm-widgets validate`, the snippet builder). npm build only.
  input: [
    'src/index.ts',
    ...elements.map((name) => `src/${name}/${name}.ts`),
    'src/react/index.ts',
    'src/content/validate.ts',
  ],
  external,
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    sourcemap: true,
  },
  plugins: [typescript({tsconfig: './tsconfig.build.json', outDir: 'dist', declarationDir: 'dist', transformers})],
};

const bundle = {
  input: 'src/cm-widgets.ts',
  // Lets the locale chunks import Lit from cm-widgets.js itself instead of a third file.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    entryFileNames: 'cm-widgets.js',
    chunkFileNames: 'cm-widgets-[name].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    resolve(),
    typescript({
      tsconfig: './tsconfig.build.json',
      outDir: 'dist',
      declaration: false,
      declarationMap: false,
      declarationDir: undefined,
      transformers: {
        ...transformers,
        before: [...transformers.before, {type: 'program', factory: dropMsgDescriptions}],
      },
    }),
    // Whitespace inside html`` and css`` templates is a third of our own bytes.
    minifyHTML(),
    minify(),
  ],
};

export default [library, bundle];
