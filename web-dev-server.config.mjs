// `npm start`: serves the demo at http://localhost:8000/ with the built dist/cm-widgets.js,
// exactly what a webmaster's page loads, and the snippet builder at /builder/ (dist/builder/). `npm run dev` (--watch) serves the TypeScript
// sources instead, so edits show on reload without a build.
import {esbuildPlugin} from '@web/dev-server-esbuild';

const dev = process.argv.includes('--watch');

export default {
  port: 8000,
  rootDir: '.',
  nodeResolve: dev,
  plugins: dev ? [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})] : [],
  middleware: [
    // The demo is the site's home page, prerendered by the build (dist/demo/index.html; in
    // dev, the page as written, rendered in the browser); it links its files with absolute paths.
    (ctx, next) => {
      if (ctx.path === '/') ctx.url = dev ? '/demo/index.html' : '/dist/demo/index.html';
      // The snippet builder at /builder/: its static build (npm run build), or in dev its
      // sources, with what it finds beside itself taken from where they are.
      if (ctx.path === '/builder') return ctx.redirect('/builder/');
      if (ctx.path.startsWith('/builder/')) {
        const file = ctx.path.slice('/builder/'.length) || 'index.html';
        if (!dev) ctx.url = `/dist/builder/${file}`;
        else if (file === 'builder.js') return ctx.redirect('/builder/builder.ts');
        else if (file === 'cm-widgets.js') return ctx.redirect('/src/cm-widgets.ts');
        else if (file === 'custom-elements.json') ctx.url = '/custom-elements.json';
        else if (file === 'example.json') ctx.url = '/demo/content.json';
        else if (file === 'wordpress-elements.json') ctx.url = '/wordpress/elements.json';
        else if (file === 'index.html') ctx.url = '/builder/index.html';
      }
      // In dev, a redirect (not a rewrite): the module's URL must become /src/… so that
      // its relative imports resolve among the sources.
      if (dev && ctx.path === '/dist/cm-widgets.js') return ctx.redirect('/src/cm-widgets.ts');
      return next();
    },
  ],
};
