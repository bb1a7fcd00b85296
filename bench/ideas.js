// Runs in the benchmark page. scripts/bench.mjs opens it as
// /bench/ideas.html?impl=widget|baseline&n=1000, types into the search box with real key
// presses, then reads window.bench.result().
import {generateIdeas} from '/test/data/generate-ideas.ts';
import {mountBaseline} from '/bench/baseline-ideas.js';

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? 'widget';
const n = Number(params.get('n') ?? 1000);
const stage = document.getElementById('stage');

const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

const keySamples = [];
const longTasks = [];
const loadingTasks = [];
// From the moment the list is handed over (the clock's start) to its first results.
let loadingSince = Infinity;
let loading = true;
let typing = false;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (loading && e.startTime >= loadingSince) loadingTasks.push(e.duration);
    if (typing) longTasks.push(e.duration);
  }
}).observe({type: 'longtask'});

async function setup() {
  // The feed as the page receives it: JSON text, parsed before the clock starts.
  const data = JSON.parse(JSON.stringify(generateIdeas(n)));
  let input, root, hasResults;
  const t0 = (loadingSince = performance.now());
  if (impl === 'baseline') {
    ({input, root} = mountBaseline(stage, data));
    hasResults = () => root.querySelector('li');
  } else {
    await import('/dist/cm-widgets.js');
    const el = document.createElement('cm-ideas-index');
    el.ideas = data;
    stage.append(el);
    root = el.shadowRoot;
    hasResults = () => root.querySelector('li');
    while (!hasResults()) await new Promise((r) => requestAnimationFrame(r));
    input = root.querySelector('input[type=search], input');
  }
  while (!hasResults()) await new Promise((r) => requestAnimationFrame(r));
  await afterPaint();
  const firstResults = performance.now() - t0;
  loading = false;
  // keydown → the first frame painted after it: what the visitor waits for per key.
  input.addEventListener('keydown', () => {
    const start = performance.now();
    requestAnimationFrame(() => setTimeout(() => keySamples.push(performance.now() - start)));
  });
  input.focus();
  return {firstResults, root};
}

const ready = setup();

window.bench = {
  ready: () => ready.then(() => true),
  startTyping: () => (typing = true),
  async result() {
    typing = false;
    const {firstResults, root} = await ready;
    await afterPaint();
    const sorted = [...keySamples].sort((a, b) => a - b);
    const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    return {
      impl,
      n,
      firstResults,
      keys: sorted.length,
      median: pct(0.5),
      p95: pct(0.95),
      loadingTasks: loadingTasks.length,
      longTasks: longTasks.length,
      longestTask: Math.max(0, ...longTasks),
      nodes: root.querySelectorAll('*').length,
    };
  },
};
