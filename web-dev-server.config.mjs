// `npm start`: serves the demo at http://localhost:8000/ with the built dist/cm-widgets.js,
// exactly what a webmaster's page loads. `npm run dev` (--watch) serves the TypeScript
// sources instead, so edits show on reload without a build.
import {esbuildPlugin} from '@web/dev-server-esbuild';

const dev = process.argv.includes('--watch');

export default {
  port: 8000,
  rootDir: '.',
  nodeResolve: dev,
  plugins: dev ? [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})] : [],
  middleware: [
    // The demo is the site's home page; it links its files with absolute paths.
    (ctx, next) => {
      if (ctx.path === '/') ctx.url = '/demo/index.html';
      // In dev, a redirect (not a rewrite): the module's URL must become /src/… so that
      // its relative imports resolve among the sources.
      if (dev && ctx.path === '/dist/cm-widgets.js') return ctx.redirect('/src/cm-widgets.ts');
      return next();
    },
  ],
};
