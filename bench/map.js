// Runs in the map benchmark page. scripts/bench.mjs opens it as /bench/map.html?n=10000,
// reads window.bench.layout() (the map's pure work, timed in the page), then types into
// the linked index's search box with real key presses and reads window.bench.result().
import {generateIdeas} from '/test/data/generate-ideas.ts';
import {clusterCities, groupCities} from '/src/ideas-map/cities.ts';

const n = Number(new URLSearchParams(location.search).get('n') ?? 10000);
const stage = document.getElementById('stage');
const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

let phase = 'loading';
const tasksIn = {loading: [], typing: [], resizing: []};
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) tasksIn[phase]?.push(e.duration);
}).observe({type: 'longtask'});

/** Milliseconds of one run of `fn`, the median of `runs`. */
function time(fn, runs = 15) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const data = JSON.parse(JSON.stringify(generateIdeas(n)));
let map, index;
const markers = () => map.shadowRoot?.querySelectorAll('[role=option]').length ?? 0;

async function setup() {
  await import('/dist/cm-widgets.js');
  const t0 = performance.now();
  index = document.createElement('cm-ideas-index');
  index.id = 'bench-index';
  index.ideas = data;
  map = document.createElement('cm-ideas-map');
  map.htmlFor = 'bench-index';
  stage.append(map, index);
  while (!markers()) await new Promise((r) => requestAnimationFrame(r));
  await afterPaint();
  const firstMarkers = performance.now() - t0;
  phase = 'idle';
  return {firstMarkers};
}

const ready = setup();
const keySamples = [];

window.bench = {
  ready: () => ready.then(() => true),
  /** The pure work behind each render: grouping by city and grouping markers. */
  layout() {
    const {cities} = groupCities(data);
    return {
      cities: cities.length,
      group: time(() => groupCities(data)),
      cluster1200: time(() => clusterCities(cities, 1200, 32)),
      cluster320: time(() => clusterCities(cities, 320, 32)),
    };
  },
  startTyping() {
    phase = 'typing';
    const input = index.shadowRoot.querySelector('input');
    input.addEventListener('keydown', () => {
      const start = performance.now();
      requestAnimationFrame(() => setTimeout(() => keySamples.push(performance.now() - start)));
    });
    input.focus();
  },
  /** Narrows the map to 320 px and back, waiting for the markers to regroup each time. */
  async resize() {
    phase = 'resizing';
    const samples = [];
    for (const width of ['320px', '', '320px', '']) {
      const before = markers();
      const t0 = performance.now();
      map.style.width = width;
      while (markers() === before) await new Promise((r) => requestAnimationFrame(r));
      await afterPaint();
      samples.push(performance.now() - t0);
    }
    phase = 'idle';
    return median(samples);
  },
  async result() {
    phase = 'idle';
    const {firstMarkers} = await ready;
    await afterPaint();
    return {
      n,
      firstMarkers,
      loadingTasks: tasksIn.loading.length,
      keys: keySamples.length,
      median: median(keySamples),
      typingTasks: tasksIn.typing.length,
      longestTyping: Math.max(0, ...tasksIn.typing),
      resizingTasks: tasksIn.resizing.length,
      markers: markers(),
      mapNodes: map.shadowRoot.querySelectorAll('*').length,
    };
  },
};
