// `npm run bench`: figures, never pass/fail. Serves the repo, opens headless Chromium and
// measures each scenario in a fresh page; prints a table. Needs `npm run build` first
// (the benchmarks load dist/cm-widgets.js, what webmasters get).
import {startDevServer} from '@web/dev-server';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import {chromeArgs, preflight} from './find-chrome.mjs';

const executablePath = preflight();

const server = await startDevServer({
  config: {
    rootDir: '.',
    // BENCH_PORT: another port when 8123 is taken (two checkouts benchmarking at once).
    port: Number(process.env.BENCH_PORT ?? 8123),
    nodeResolve: true,
    plugins: [esbuildPlugin({ts: true, target: 'es2022'})],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const base = `http://localhost:${server.config.port}`;
const browser = await puppeteer.launch({executablePath, headless: true, args: chromeArgs});

const QUERY = 'welcoming refugees munchen';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// Start-up runs are short: more of them, since one noisy run moves a median of three.
const STARTUP_RUNS = Number(process.env.BENCH_RUNS ?? 7);

async function ideasRun(impl, n) {
  const page = await browser.newPage();
  await page.setViewport({width: 1200, height: 900});
  await page.goto(`${base}/bench/ideas.html?impl=${impl}&n=${n}`);
  await page.waitForFunction(() => window.bench?.ready(), {timeout: 60000});
  await page.evaluate(() => window.bench.ready());
  await page.evaluate(() => window.bench.startTyping());
  // Real key presses at a brisk typing pace, then deleting back to the first word.
  await page.keyboard.type(QUERY, {delay: 80});
  for (let i = 0; i < QUERY.length - 'welcoming'.length; i++) {
    await page.keyboard.press('Backspace');
    await new Promise((r) => setTimeout(r, 80));
  }
  const result = await page.evaluate(() => window.bench.result());
  await page.close();
  return result;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function ideas() {
  console.log(`\nIdeas index: typing "${QUERY}" then deleting back (${RUNS} runs each, medians)\n`);
  // Long tasks: the most in any run, while the list loads and while typing.
  const header = [
    'ideas',
    'implementation',
    'first results ms',
    'long tasks loading',
    'key→paint median ms',
    'p95 ms',
    'long tasks typing',
    'DOM nodes',
  ];
  const rows = [];
  // A new browser process is slow at its first page (see the start-up figures): warm it up.
  await ideasRun('widget', 1000);
  for (const n of [1000, 10000]) {
    const byImpl = {};
    for (const impl of ['widget', 'baseline']) {
      const runs = [];
      for (let r = 0; r < RUNS; r++) runs.push(await ideasRun(impl, n));
      byImpl[impl] = {
        firstResults: median(runs.map((x) => x.firstResults)),
        median: median(runs.map((x) => x.median)),
        p95: median(runs.map((x) => x.p95)),
        loadingTasks: Math.max(...runs.map((x) => x.loadingTasks)),
        longTasks: Math.max(...runs.map((x) => x.longTasks)),
        nodes: median(runs.map((x) => x.nodes)),
      };
    }
    for (const impl of ['widget', 'baseline']) {
      const x = byImpl[impl];
      rows.push([
        n,
        impl,
        x.firstResults.toFixed(1),
        x.loadingTasks,
        x.median.toFixed(1),
        x.p95.toFixed(1),
        x.longTasks,
        x.nodes,
      ]);
    }
    const w = byImpl.widget;
    const b = byImpl.baseline;
    const ratio = (a, c) => (c ? (a / c).toFixed(2) : '–');
    rows.push([
      n,
      'widget ÷ baseline',
      ratio(w.firstResults, b.firstResults),
      '',
      ratio(w.median, b.median),
      ratio(w.p95, b.p95),
      '',
      ratio(w.nodes, b.nodes),
    ]);
  }
  printTable(header, rows);
}

/**
 * The map at n ideas, linked to an index: the pure layout work timed in the page, then the
 * element — first markers, typing into the index (the map follows every key), narrowing the
 * map to 320 px and back (markers regroup). Long tasks in each phase.
 */
async function mapRun(n) {
  const page = await browser.newPage();
  await page.setViewport({width: 1200, height: 900});
  await page.goto(`${base}/bench/map.html?n=${n}`);
  await page.waitForFunction(() => window.bench?.ready(), {timeout: 60000});
  await page.evaluate(() => window.bench.ready());
  const layout = await page.evaluate(() => window.bench.layout());
  await page.evaluate(() => window.bench.startTyping());
  await page.keyboard.type(QUERY, {delay: 80});
  for (let i = 0; i < QUERY.length - 'welcoming'.length; i++) {
    await page.keyboard.press('Backspace');
    await new Promise((r) => setTimeout(r, 80));
  }
  const regroup = await page.evaluate(() => window.bench.resize());
  const result = await page.evaluate(() => window.bench.result());
  await page.close();
  return {...layout, ...result, regroup};
}

async function map() {
  console.log(
    `\nIdeas map linked to the index: layout, typing "${QUERY}" into the index, resizing (${RUNS} runs, medians)\n`
  );
  await mapRun(1000);
  const rows = [];
  for (const n of [1000, 10000]) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await mapRun(n));
    const m = (key) => median(runs.map((x) => x[key]));
    const most = (key) => Math.max(...runs.map((x) => x[key]));
    rows.push([
      n,
      m('cities'),
      m('group').toFixed(2),
      m('cluster1200').toFixed(2),
      m('cluster320').toFixed(2),
      m('firstMarkers').toFixed(0),
      most('loadingTasks'),
      m('median').toFixed(1),
      most('typingTasks'),
      m('regroup').toFixed(1),
      most('resizingTasks'),
      m('markers'),
      m('mapNodes'),
    ]);
  }
  printTable(
    [
      'ideas',
      'cities',
      'group ms',
      'cluster 1200px ms',
      'cluster 320px ms',
      'first markers ms',
      'long tasks loading',
      'key→paint median ms',
      'long tasks typing',
      'regroup ms',
      'long tasks resizing',
      'markers',
      'map DOM nodes',
    ],
    rows
  );
}

/**
 * The demo page (all five elements, one content.json): long tasks while it starts. Every
 * run is a first visit: no HTTP cache, so no compiled-code cache either.
 */
async function startupRun() {
  const page = await browser.newPage();
  await page.setViewport({width: 1200, height: 900});
  await page.setCacheEnabled(false);
  // Registered before any script of the page runs, so no long task escapes it.
  await page.evaluateOnNewDocument(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push(e.duration);
    }).observe({type: 'longtask', buffered: true});
  });
  await page.goto(`${base}/demo/index.html`);
  const ready = await page.waitForFunction(
    () => {
      const done = (tag, sel) => [...document.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector(sel));
      return (
        done('cm-featured-story', 'article') &&
        done('cm-quote-rotator', '.slide') &&
        done('cm-webinar-card', 'article') &&
        done('cm-ideas-index', 'li') &&
        done('cm-ideas-map', '[role=option]') &&
        performance.now()
      );
    },
    {polling: 'raf', timeout: 30000}
  );
  const allRendered = await ready.jsonValue();
  await new Promise((r) => setTimeout(r, 500));
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return {
    allRendered,
    longTasks: tasks.length,
    longest: Math.max(0, ...tasks),
    blocking: tasks.reduce((t, d) => t + Math.max(0, d - 50), 0),
  };
}

async function startup() {
  console.log(
    `\nPage start-up: the demo page, all five elements (17 instances) on one content.json, as a first visit (${STARTUP_RUNS} runs, medians)\n`
  );
  // The first page a new browser process opens is slower at everything (its own start-up
  // competes): that run is shown on its own, not mixed into the figures.
  const cold = await startupRun();
  const runs = [];
  for (let r = 0; r < STARTUP_RUNS; r++) runs.push(await startupRun());
  printTable(
    ['all rendered ms', 'long tasks ≥ 50 ms', 'longest ms', 'total blocking ms', 'long tasks per run'],
    [
      [
        median(runs.map((x) => x.allRendered)).toFixed(0),
        median(runs.map((x) => x.longTasks)),
        median(runs.map((x) => x.longest)).toFixed(0),
        median(runs.map((x) => x.blocking)).toFixed(0),
        runs.map((x) => x.longTasks).join(' '),
      ],
    ]
  );
  console.log(
    `\n(A fresh browser's first page, not counted: ${cold.longTasks} long tasks, longest ${cold.longest.toFixed(0)} ms, all rendered in ${cold.allRendered.toFixed(0)} ms.)`
  );
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

try {
  await ideas();
  await map();
  await startup();
} finally {
  await browser.close();
  await server.stop();
}
