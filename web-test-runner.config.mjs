import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';
import {strictCsp} from './test/server/csp.mjs';
import {faultyFeeds} from './test/server/faulty-feeds.mjs';
import {hostileFeeds} from './test/server/hostile-feeds.mjs';
import {mapTestCommands} from './test/ideas-map/commands-plugin.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium does not run requestAnimationFrame in background tabs,
  // and fixtures and focus tests depend on it.
  concurrency: 1,
  rootDir: '.',
  testFramework: {config: {timeout: 5000}},
  plugins: [
    a11ySnapshotPlugin(),
    mapTestCommands(),
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
  ],
  // Real broken answers for the feed error paths: statuses, slow answers, HTML pages.
  middleware: [faultyFeeds, hostileFeeds, strictCsp],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), args: chromeArgs, headless: true},
    }),
  ],
};
