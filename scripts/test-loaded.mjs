// `npm run test:loaded`: the whole `npm test` on a machine at full load, as on a small CI box
// or a laptop running other builds. It proves the suite waits on events and counters, not
// on the clock. Busy-loop processes keep every core busy, and they take precedence over the
// tests, as other work does on a shared machine: busy loops on equal terms barely slow
// Chromium down (it spreads its work over many threads), busy loops ahead of it do.
// Options:
//   --hogs N   busy processes beside the tests (default: one per core)
//   --nice N   how far ahead of the tests they run (default 10; 0: equal terms). Raising
//              the hogs needs root (CAP_SYS_NICE); otherwise the tests are lowered instead,
//              which Chromium partly undoes for its own processes.
//   --runs N   consecutive runs (default 1); every run must pass
// Each run's time is printed; compare with an idle `npm test`.
import {spawn} from 'node:child_process';
import {availableParallelism, setPriority} from 'node:os';
import {parseArgs} from 'node:util';

const {values} = parseArgs({
  options: {
    hogs: {type: 'string', default: String(availableParallelism())},
    nice: {type: 'string', default: '10'},
    runs: {type: 'string', default: '1'},
  },
});
const nice = Number(values.nice);
const hogs = Array.from({length: Number(values.hogs)}, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], {stdio: 'ignore'})
);
let how = 'equal terms';
if (nice) {
  try {
    for (const hog of hogs) setPriority(hog.pid, -nice);
    how = `hogs at nice -${nice}`;
  } catch {
    // No privilege to raise them: lower ourselves (and so the tests) instead.
    setPriority(nice);
    how = `tests at nice +${nice}`;
  }
}
let child;
const stop = () => {
  hogs.forEach((hog) => hog.kill());
  child?.kill();
};
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const load = `${hogs.length} CPU hogs on ${availableParallelism()} cores, ${how}`;
console.log(`test:loaded: ${load}`);
const results = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const start = Date.now();
  const status = await new Promise((resolve) => {
    child = spawn(process.execPath, ['scripts/test.mjs'], {stdio: 'inherit'});
    child.on('close', resolve);
  });
  results.push({run, ok: status === 0, seconds: Math.round((Date.now() - start) / 1000)});
}
stop();
console.log(`\ntest:loaded, ${load}:`);
for (const {run, ok, seconds} of results) console.log(`  run ${run}: ${ok ? 'ok  ' : 'FAIL'}  ${seconds} s`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
