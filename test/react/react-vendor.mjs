// React ships CommonJS only, which a browser cannot import. This dev-server plugin answers
// `react`, `react/jsx-runtime` and `react-dom/client` with one esbuild bundle split into ES
// modules that share a single copy of React. Named exports are listed by Node's own require,
// in a child process (React's development build would patch the test runner's console).
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
const PREFIX = '/__react__/';
const ENTRIES = {react: 'react', 'jsx-runtime': 'react/jsx-runtime', 'react-dom-client': 'react-dom/client'};
const bySpecifier = Object.fromEntries(Object.entries(ENTRIES).map(([name, specifier]) => [specifier, name]));

function exportNames(specifier) {
  const script = `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`;
  const names = JSON.parse(execFileSync(process.execPath, ['-e', script], {encoding: 'utf8'}));
  return names.filter((n) => n !== 'default' && /^[A-Za-z_$][\w$]*$/.test(n));
}

async function bundle() {
  const entries = {
    name: 'cjs-entries',
    setup(b) {
      b.onResolve({filter: /^entry:/}, (args) => ({path: args.path.slice('entry:'.length), namespace: 'entry'}));
      b.onLoad({filter: /.*/, namespace: 'entry'}, (args) => {
        const names = exportNames(args.path);
        const from = JSON.stringify(args.path);
        return {
          contents: `import m from ${from};\nexport default m;\nexport const {${names.join(', ')}} = m;\n`,
          resolveDir: process.cwd(),
        };
      });
    },
  };
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, specifier]) => [name, `entry:${specifier}`])),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    outdir: PREFIX,
    write: false,
    logLevel: 'silent',
    define: {'process.env.NODE_ENV': '"development"'},
    plugins: [entries],
  });
  return new Map(result.outputFiles.map((file) => [file.path, file.text]));
}

export function reactVendor() {
  let files;
  return {
    name: 'react-vendor',
    resolveImport({source}) {
      if (source in bySpecifier) return `${PREFIX}${bySpecifier[source]}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      files ??= bundle();
      const body = (await files).get(context.path);
      return body === undefined ? undefined : {body, type: 'js'};
    },
  };
}
