// `npm test`: every suite, always. Each step runs even when an earlier one failed, so one
// run reports every failure; the exit code is 1 when any step failed.
import {spawnSync} from 'node:child_process';

const steps = [
  ['browser', 'node scripts/find-chrome.mjs'],
  ['lint', 'npm run --silent lint'],
  ['types', 'tsc --noEmit'],
  // The bundle and CSP tests load dist/cm-widgets.js: build it from this tree first.
  ['bundle', 'rollup -c --silent'],
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
