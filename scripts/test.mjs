// `npm test`: every suite, always. Each step runs even when an earlier one failed, so one
// run reports every failure; the exit code is 1 when any step failed.
import {spawnSync} from 'node:child_process';

const steps = [
  ['browser', 'node scripts/find-chrome.mjs'],
  ['lint', 'npm run --silent lint'],
  // The map's land outline is generated, not committed: types and tests import it.
  ['outline', 'node scripts/build-outline.mjs'],
  ['types', 'tsc --noEmit && tsc --noEmit -p src/server'],
  // The bundle and CSP tests load dist/cm-widgets.js: build it from this tree first; the
  // prerender tests run the renderer (dist/server/) and link dist/cm-widgets.css; the
  // snippet builder's tests read custom-elements.json and load its static build.
  [
    'bundle',
    'rollup -c --silent && npm run --silent build:server && npm run --silent analyze && node scripts/build-builder.mjs',
  ],
  // The feed schema against the elements' normalizer (dist/content/, built just above).
  [
    'node tests',
    'node --test --test-reporter=dot --test-reporter-destination=stdout ' +
      '--test-reporter=./test/node/printed-reporter.mjs --test-reporter-destination=stdout test/node/',
  ],
  ['browser tests', 'web-test-runner'],
  ['React wrappers', 'npm run --silent test:react'],
];

const results = [];
for (const [name, command] of steps) {
  console.log(`\n▶ ${name}: ${command}`);
  const start = Date.now();
  const {status} = spawnSync(command, {shell: true, stdio: 'inherit'});
  results.push([name, status === 0, Math.round((Date.now() - start) / 1000)]);
  // Without a browser nothing else can say anything useful.
  if (name === 'browser' && status !== 0) break;
}

console.log('\nnpm test:');
for (const [name, ok, seconds] of results) console.log(`  ${ok ? 'ok  ' : 'FAIL'}  ${name} (${seconds} s)`);
process.exit(results.every(([, ok]) => ok) && results.length === steps.length ? 0 : 1);
