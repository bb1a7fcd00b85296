import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {chromeArgs, findChrome} from './scripts/find-chrome.mjs';
import {strictCsp} from './test/server/csp.mjs';
import {faultyFeeds} from './test/server/faulty-feeds.mjs';
import {hostileFeeds} from './test/server/hostile-feeds.mjs';
import {mapTestCommands} from './test/ideas-map/commands-plugin.mjs';
import {prerenderPages} from './test/server/prerender.mjs';
import {requestLogPlugin} from './test/server/request-log.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One page at a time: Chromium does not run requestAnimationFrame in background tabs,
  // and fixtures and focus tests depend on it.
  concurrency: 1,
  rootDir: '.',
  // Sized for a 2-core machine running other builds at full load (`npm run test:loaded`),
  // several times slower than an idle one: these limits catch a hang, not a slow machine.
  // A test's own waits are on events, held feeds and server counters, never on the clock.
  testFramework: {config: {timeout: 20_000}},
  // Per test file; ideas-index.test.ts alone runs for minutes under load.
  testsFinishTimeout: 10 * 60_000,
  // Starting Chromium, and transforming and loading a test file's modules, under load.
  browserStartTimeout: 2 * 60_000,
  testsStartTimeout: 2 * 60_000,
  plugins: [
    a11ySnapshotPlugin(),
    // Every request the page starts, for "nothing was requested from the video host".
    requestLogPlugin(),
    // The map's accessibility tree as Chromium has it, and forced colours.
    mapTestCommands(),
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
  ],
  // Real broken answers for the feed error paths: statuses, slow answers, HTML pages.
  middleware: [faultyFeeds, hostileFeeds, prerenderPages, strictCsp],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: {executablePath: findChrome(), args: chromeArgs, headless: true},
    }),
  ],
};
