// `npm run test:loaded`: the whole `npm test` while CPU hogs keep every core busy, as on a
// small CI box or a laptop running other builds. It proves the suite waits on events and
// counters, not on the clock. Options:
//   --hogs N   busy processes beside the tests (default: two per core)
//   --runs N   consecutive runs (default 1); every run must pass
// Each run's time is printed; compare with an idle `npm test`.
import {spawn, spawnSync} from 'node:child_process';
import {availableParallelism} from 'node:os';
import {parseArgs} from 'node:util';

const {values} = parseArgs({
  options: {hogs: {type: 'string', default: String(2 * availableParallelism())}, runs: {type: 'string', default: '1'}},
});
const hogs = Array.from({length: Number(values.hogs)}, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], {stdio: 'ignore'})
);
const stop = () => hogs.forEach((hog) => hog.kill());
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log(`test:loaded: ${hogs.length} CPU hogs on ${availableParallelism()} cores`);
const results = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const start = Date.now();
  const {status} = spawnSync(process.execPath, ['scripts/test.mjs'], {stdio: 'inherit'});
  results.push({run, ok: status === 0, seconds: Math.round((Date.now() - start) / 1000)});
}
stop();
console.log(`\ntest:loaded with ${hogs.length} CPU hogs:`);
for (const {run, ok, seconds} of results) console.log(`  run ${run}: ${ok ? 'ok  ' : 'FAIL'}  ${seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
