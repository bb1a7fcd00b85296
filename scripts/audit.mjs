// `npm run audit`: Lighthouse on the demo page, as `npm start` serves it (dist/cm-widgets.js),
// plus gzip as a real host would add.
// Figures, never pass/fail: the four category scores and CLS, on Lighthouse's mobile
// (simulated slow 4G, mid-range phone) and desktop settings; then, for each category under
// 100, the audits that fail and on which elements. Needs `npm run build` first (the npm
// script does it). AUDIT_RUNS=3 gives medians; the HTML and JSON reports go to a temp dir.
// Lighthouse 12.2.3's own "layout shifts" audit cannot read this Chromium's traces, so a
// second load of each form factor (same viewport and CPU slowdown) lists the shifts with a
// PerformanceObserver, and how the height of each cm-* element changed while loading.
import {startDevServer} from '@web/dev-server';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, {desktopConfig} from 'lighthouse';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import puppeteer from 'puppeteer-core';
import demoConfig from '../web-dev-server.config.mjs';
import {preflight} from './find-chrome.mjs';

const chromePath = preflight();

const RUNS = Math.max(1, Number(process.env.AUDIT_RUNS ?? 1));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const LABELS = {
  performance: 'performance',
  accessibility: 'accessibility',
  'best-practices': 'best practices',
  seo: 'SEO',
};
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

// A run that hangs (a stuck page or browser) ends the script rather than CI.
const watchdog = setTimeout(() => {
  console.error('audit: no result after 10 minutes; giving up.');
  process.exit(1);
}, 10 * 60_000);
watchdog.unref();

/** gzip, as any real web server or CDN would (the dev server sends text uncompressed). */
async function gzip(ctx, next) {
  await next();
  if (ctx.status !== 200 || ctx.response.get('Content-Encoding')) return;
  if (ctx.acceptsEncodings('gzip', 'identity') !== 'gzip') return;
  if (!/^(text\/|application\/(javascript|json))/.test(ctx.response.type)) return;
  let body = ctx.body;
  if (body && typeof body.pipe === 'function') {
    const chunks = [];
    for await (const chunk of body) chunks.push(Buffer.from(chunk));
    body = Buffer.concat(chunks);
  }
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) return;
  ctx.body = gzipSync(body);
  ctx.set('Content-Encoding', 'gzip');
  ctx.vary('Accept-Encoding');
}

const server = await startDevServer({
  config: {
    ...demoConfig,
    port: Number(process.env.AUDIT_PORT ?? 8124),
    middleware: [gzip, ...(demoConfig.middleware ?? [])],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const url = `http://localhost:${server.config.port}/`;
const reports = mkdtempSync(join(tmpdir(), 'cm-audit-'));
const chrome = await chromeLauncher.launch({chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent'});

async function audit(formFactor, run) {
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const flags = {port: chrome.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: CATEGORIES};
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error('Lighthouse returned no result');
  writeFileSync(join(reports, `${formFactor}-${run + 1}.html`), result.report[0]);
  writeFileSync(join(reports, `${formFactor}-${run + 1}.json`), result.report[1]);
  return result.lhr;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const score = (lhr, id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
const metric = (lhr, id) => lhr.audits[id]?.numericValue;

/** The audits that cost a category points: weighted, and scored under 1. */
function failing(lhr, id) {
  return lhr.categories[id].auditRefs
    .map((ref) => ({ref, audit: lhr.audits[ref.id]}))
    .filter(({ref, audit}) => ref.weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ref, audit}) => ({id: ref.id, weight: ref.weight, title: audit.title, audit}));
}

/** Where an audit failed: selectors or snippets of its detail items, URLs otherwise. */
function where(audit) {
  const items = audit.details?.items ?? [];
  return items.slice(0, 6).map((item) => {
    const node = item.node ?? item.element ?? Object.values(item).find((v) => v && v.type === 'node');
    const text = node
      ? [node.selector, node.snippet, node.explanation].filter(Boolean).join('  ')
      : [item.description, item.sourceLocation?.url ?? item.url ?? item.source?.url].filter(Boolean).join('  ') ||
        JSON.stringify(item).slice(0, 200);
    return `      - ${String(text).replace(/\s+/g, ' ').slice(0, 300)}`;
  });
}

/** In the page: every layout shift with its moved nodes, and each cm-* element's heights. */
function observeShifts() {
  const describe = (node) => {
    const parts = [];
    for (let n = node, depth = 0; n && depth < 4; depth++) {
      if (n.nodeType !== 1) {
        n = n.parentNode ?? n.host;
        continue;
      }
      const classes = typeof n.className === 'string' ? n.className.trim().split(/\s+/).filter(Boolean) : [];
      parts.unshift(n.localName + (n.id ? '#' + n.id : '') + classes.map((c) => '.' + c).join(''));
      const parent = n.parentNode;
      if (parent instanceof ShadowRoot) {
        parts.unshift(`<${parent.host.localName}> shadow:`);
        break;
      }
      n = parent;
    }
    return parts.join(' > ');
  };
  window.__cmShifts = [];
  window.__cmHeights = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const sources = e.sources.map((s) => {
        const r = (x) => `y ${Math.round(x.y)} h ${Math.round(x.height)}`;
        const to = s.currentRect.height ? r(s.currentRect) : 'out of view';
        return `${s.node ? describe(s.node) : '(removed node)'}: ${r(s.previousRect)} → ${to}`;
      });
      window.__cmShifts.push({time: Math.round(e.startTime), value: e.value, sources});
    }
  }).observe({type: 'layout-shift', buffered: true});
  const sizes = new ResizeObserver((entries) => {
    for (const e of entries) {
      const el = e.target;
      const name = `${el.localName} #${[...document.querySelectorAll(el.localName)].indexOf(el) + 1}`;
      const h = Math.round(e.contentRect.height);
      const list = window.__cmHeights.get(name) ?? [];
      if (list.at(-1) !== h) list.push(h);
      window.__cmHeights.set(name, list);
    }
  });
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeType === 1 && n.localName.startsWith('cm-')) sizes.observe(n);
    }
  }).observe(document, {childList: true, subtree: true});
}

async function shifts(lhr) {
  const {screenEmulation: screen, throttling} = lhr.configSettings;
  const browser = await puppeteer.connect({browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null});
  const page = await browser.newPage();
  try {
    await page.setViewport({
      width: screen.width,
      height: screen.height,
      deviceScaleFactor: screen.deviceScaleFactor,
      isMobile: screen.mobile,
      hasTouch: screen.mobile,
    });
    const slowdown = throttling.cpuSlowdownMultiplier;
    await page.emulateCPUThrottling(slowdown > 1 ? slowdown : null);
    await page.evaluateOnNewDocument(observeShifts);
    await page.goto(url, {waitUntil: 'networkidle0'});
    await new Promise((r) => setTimeout(r, 1500));
    return await page.evaluate(() => ({shifts: window.__cmShifts, heights: [...window.__cmHeights]}));
  } finally {
    await page.close();
    browser.disconnect();
  }
}

const rows = [];
const allRuns = {};
const observed = {};
try {
  for (const formFactor of ['mobile', 'desktop']) {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await audit(formFactor, r));
    allRuns[formFactor] = runs;
    observed[formFactor] = await shifts(runs.at(-1));
    rows.push([
      formFactor,
      ...CATEGORIES.map((id) => median(runs.map((lhr) => score(lhr, id)))),
      median(runs.map((lhr) => metric(lhr, 'cumulative-layout-shift'))).toFixed(3),
      (median(runs.map((lhr) => metric(lhr, 'first-contentful-paint'))) / 1000).toFixed(2),
      (median(runs.map((lhr) => metric(lhr, 'largest-contentful-paint'))) / 1000).toFixed(2),
      Math.round(median(runs.map((lhr) => metric(lhr, 'total-blocking-time')))),
    ]);
  }
} finally {
  await chrome.kill();
  await server.stop();
}

const header = ['form factor', ...CATEGORIES.map((id) => LABELS[id]), 'CLS', 'FCP s', 'LCP s', 'TBT ms'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
const line = (cells) => cells.map((c, i) => String(c).padStart(widths[i])).join('  ');
const lighthouseVersion = allRuns.mobile[0].lighthouseVersion;
const runsText = `${RUNS} run${RUNS > 1 ? 's each, medians' : ' each'}`;
console.log(`\nLighthouse ${lighthouseVersion} on ${url} (the demo, dist/cm-widgets.js), ${runsText}\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

for (const [formFactor, runs] of Object.entries(allRuns)) {
  // Accessibility, best practices and SEO: what fails, in any run (some audits, such as a
  // console error from the favicon request, fail on the first load only).
  for (const id of CATEGORIES.filter((c) => c !== 'performance')) {
    const failed = new Map();
    for (const lhr of runs) {
      for (const f of failing(lhr, id)) {
        const seen = failed.get(f.id) ?? {...f, runs: 0};
        seen.runs++;
        failed.set(f.id, seen);
      }
    }
    if (!failed.size) continue;
    console.log(
      `\n${LABELS[id]} (${formFactor}), per run ${runs.map((lhr) => score(lhr, id)).join(', ')}: failing audits`
    );
    for (const f of failed.values()) {
      console.log(`  - ${f.id} (weight ${f.weight}, failed in ${f.runs} of ${runs.length} runs): ${f.title}`);
      for (const l of where(f.audit)) console.log(l);
    }
  }
  const {shifts: seen, heights} = observed[formFactor];
  const {width, height} = runs[0].configSettings.screenEmulation;
  const sum = seen.reduce((total, s) => total + s.value, 0);
  console.log(`\nLayout shifts (${formFactor}, ${width}×${height}, a separate load): ${sum.toFixed(3)} summed`);
  for (const s of seen) {
    console.log(`  - ${s.value.toFixed(3)} at ${s.time} ms`);
    for (const source of s.sources) console.log(`      ${source}`);
  }
  const grew = heights.filter(([, hs]) => hs.length > 1);
  if (grew.length) {
    console.log('  cm-* element heights in px, frame by frame as laid out (0: an empty box):');
    for (const [name, hs] of grew) console.log(`      ${name}: ${hs.join(' → ')}`);
  }
  const warnings = [...new Set(runs.flatMap((lhr) => lhr.runWarnings ?? []))];
  if (warnings.length) console.log(`\nLighthouse warnings (${formFactor}):\n  - ${warnings.join('\n  - ')}`);
}
console.log(`\nReports (HTML, JSON): ${reports}`);
