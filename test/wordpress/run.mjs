// End-to-end test of the WordPress plugin in a real WordPress and a real browser, offline:
// Debian 12's `wordpress` (6.1), MariaDB and PHP (installed with apt-get when missing, as
// root), served by `php -S`; the plugin installed from dist/cm-widgets-wordpress.zip; posts
// saved by an Author (kses on); then headless Chromium checks what visitors, the Author and
// the administrator see. Every run starts from an empty database and stops what it started.
//
//   npm run test:wordpress          (builds the zip first)
//   node test/wordpress/run.mjs     (with the zip already built)
//   CM_WP_KEEP=1 …                  keep the site running after the checks, for a look
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {createServer, connect} from 'node:net';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromeArgs, findChrome} from '../../scripts/find-chrome.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const work = '/tmp/cm-widgets-wordpress-test';
const content = join(work, 'wp-content');
const socket = join(work, 'mysqld.sock');
const config = '/etc/wordpress/config-cm-widgets-test.php';
const zipFile = join(root, 'dist', 'cm-widgets-wordpress.zip');
const WP = '/usr/share/wordpress';
const PACKAGES = [
  'wordpress',
  'wordpress-l10n',
  'wordpress-theme-twentytwentythree',
  'wordpress-theme-twentytwentyone',
  'mariadb-server',
  'mariadb-client',
  'php-cli',
  'php-mysql',
];
const ADMIN_PASS = 'cm-admin-pass';
const AUTHOR_PASS = 'cm-author-pass';
const FEED = '/wp-content/uploads/cm-test/content.json';
const started = Date.now();
const log = (message) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${message}`);

// ---------------------------------------------------------------- results
const results = [];
function check(name, ok, detail = '') {
  results.push({name, ok: !!ok, detail});
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : `\n      ${String(detail).slice(0, 600)}`}`);
}
function skip(name, why) {
  results.push({name, skipped: true});
  console.log(`  - ${name} (skipped: ${why})`);
}

// ---------------------------------------------------------------- processes
const children = [];
function run(command, args, options = {}) {
  const result = spawnSync(command, args, {encoding: 'utf8', ...options});
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout ?? ''}${result.stderr ?? ''}`
    );
  }
  return result.stdout;
}
// Each server leads its own process group: `php -S` forks workers (PHP_CLI_SERVER_WORKERS)
// that outlive a master killed alone, so the whole group is stopped.
function start(name, command, args, options = {}) {
  const child = spawn(command, args, {stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options});
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20000)));
  child.name = name;
  child.output = () => output;
  children.push(child);
  writeFileSync(join(work, `${name}.pid`), String(child.pid));
  return child;
}
const killGroup = (pid, signal) => {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
};
async function stopAll() {
  for (const child of children.reverse()) {
    const exited =
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => child.once('exit', resolve));
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 15000);
    await exited;
    clearTimeout(timer);
    killGroup(child.pid, 'SIGKILL'); // workers that ignored SIGTERM
    rmSync(join(work, `${child.name}.pid`), {force: true});
  }
  children.length = 0;
}
async function waitFor(what, test, timeout = 60000) {
  const until = Date.now() + timeout;
  for (;;) {
    if (await test()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const canConnect = (options) =>
  new Promise((resolve) => {
    const s = connect(options);
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

// ---------------------------------------------------------------- the machine
function ensurePackages() {
  const have = () =>
    existsSync(`${WP}/wp-settings.php`) &&
    existsSync(`${WP}/wp-content/themes/twentytwentythree/theme.json`) &&
    existsSync(`${WP}/wp-content/themes/twentytwentyone/style.css`) &&
    existsSync(`${WP}/wp-content/languages/fr_FR.mo`) &&
    existsSync('/usr/sbin/mariadbd') &&
    spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0;
  if (have()) return;
  if (process.getuid?.() !== 0 || spawnSync('apt-get', ['--version']).status !== 0) {
    throw new Error(
      `WordPress, MariaDB or PHP is missing. On Debian 12, as root:\n  apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`
    );
  }
  log(`installing Debian packages: ${PACKAGES.join(' ')}`);
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  // Packages must not start their services (apache2, mariadb): this test starts its own.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', {mode: 0o755});
  try {
    run('apt-get', ['update', '-qq'], {env, stdio: 'inherit'});
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    if (ownPolicy) rmSync(policy, {force: true});
  }
  if (!have()) throw new Error('the packages installed, but WordPress, MariaDB or PHP is still missing');
}

function killLeftovers() {
  // A previous run that was interrupted may have left its servers: only those, by pid file.
  for (const name of ['mariadb', 'php']) {
    const file = join(work, `${name}.pid`);
    if (!existsSync(file)) continue;
    const pid = Number(readFileSync(file, 'utf8'));
    // Only if that process is still ours (a pid can be reused by anything else).
    let command = '';
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      // Gone.
    }
    if (pid > 1 && (command.includes(work) || command.includes(join(here, 'router.php')))) {
      killGroup(pid, 'SIGKILL');
      log(`stopped ${name} (process group ${pid}), left by an earlier run`);
    }
  }
}

async function startDatabase() {
  mkdirSync(join(work, 'db'), {recursive: true});
  run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${join(work, 'db')}`,
    '--user=root',
    '--auth-root-authentication-method=socket',
    '--skip-test-db',
  ]);
  const db = start('mariadb', '/usr/sbin/mariadbd', [
    '--no-defaults',
    `--datadir=${join(work, 'db')}`,
    `--socket=${socket}`,
    `--pid-file=${join(work, 'mariadbd.pid')}`,
    '--skip-networking',
    '--user=root',
    '--innodb-buffer-pool-size=32M',
    '--skip-log-bin',
  ]);
  await waitFor('MariaDB', async () => {
    if (db.exitCode !== null) throw new Error(`MariaDB exited:\n${db.output()}`);
    return existsSync(socket) && (await canConnect({path: socket}));
  });
  run('mariadb', [
    '--no-defaults',
    `--socket=${socket}`,
    '-uroot',
    '-e',
    "CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
  ]);
}

function writeSite(port) {
  for (const dir of ['plugins', 'themes', 'uploads/cm-test', 'languages'])
    mkdirSync(join(content, dir), {recursive: true});
  for (const theme of ['twentytwentythree', 'twentytwentyone'])
    symlinkSync(`${WP}/wp-content/themes/${theme}`, join(content, 'themes', theme));
  // WordPress's own French (Debian's wordpress-l10n): a French site, as a French city has.
  for (const name of readdirSync(`${WP}/wp-content/languages`).filter((n) => n.endsWith('fr_FR.mo'))) {
    symlinkSync(`${WP}/wp-content/languages/${name}`, join(content, 'languages', name));
  }
  // The demo's feed, served by the site itself; a few ideas get coordinates for the map.
  const feed = JSON.parse(readFileSync(join(root, 'demo', 'content.json'), 'utf8'));
  const places = {Toronto: [43.6532, -79.3832], Montréal: [45.5019, -73.5674], Hamburg: [53.5511, 9.9937]};
  for (const idea of feed.ideas) {
    const city = typeof idea.city === 'string' ? idea.city : idea.city.en;
    if (places[city] && idea.lat === undefined) [idea.lat, idea.lng] = places[city];
  }
  writeFileSync(join(content, 'uploads', 'cm-test', 'content.json'), JSON.stringify(feed));
  const site = `http://127.0.0.1:${port}`;
  const salt = (n) => `define('${n}', '${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}');`;
  writeFileSync(
    config,
    `<?php
// Written by cm-widgets' test/wordpress/run.mjs; removed when the test ends.
define('DB_NAME', 'wordpress');
define('DB_USER', 'wp');
define('DB_PASSWORD', 'wp');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${site}');
define('WP_SITEURL', '${site}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${site}/wp-content');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(work, 'debug.log')}');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map(salt).join('\n')}
$table_prefix = 'wp_';
`
  );
  return site;
}

function php(script, port, env = {}) {
  const out = run('php', [join(here, script)], {
    env: {
      ...process.env,
      CM_WP_PORT: String(port),
      CM_WP_ZIP: zipFile,
      CM_WP_ADMIN_PASS: ADMIN_PASS,
      CM_WP_AUTHOR_PASS: AUTHOR_PASS,
      ...env,
    },
  });
  const json = out.trim().split('\n').pop();
  try {
    return JSON.parse(json);
  } catch {
    throw new Error(`${script} printed no JSON:\n${out}`);
  }
}

// ---------------------------------------------------------------- browser helpers
/** Everything about the page a test needs, read in the page (shadow roots included). */
const inspect = (page) =>
  page.evaluate(() => {
    const all = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        all.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const widgets = [
      ...document.querySelectorAll(
        'cm-featured-story, cm-quote-rotator, cm-webinar-card, cm-ideas-index, cm-ideas-map'
      ),
    ];
    return {
      lang: document.documentElement.lang,
      scripts: [...document.querySelectorAll('script[src*="cm-widgets"]')].map((s) => ({
        src: s.getAttribute('src'),
        type: s.type,
      })),
      tokensStyle: !!document.getElementById('cm-widgets-tokens-inline-css'),
      eventAttributes: all.flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.localName} ${a.name}`)
      ),
      badUrls: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value))
          .map((a) => `${el.localName} ${a.name}=${a.value}`)
      ),
      injected: all.filter(
        (el) =>
          (el.localName === 'img' && el.getAttribute('src') === 'x') ||
          (el.localName === 'script' && /cmPwned/.test(el.textContent))
      ).length,
      pwned: window.__cmPwned ?? null,
      widgets: widgets.map((el) => ({
        tag: el.localName,
        id: el.id,
        className: el.className,
        attributes: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
        defined: !!customElements.get(el.localName),
        shadowText: el.shadowRoot ? el.shadowRoot.textContent.replace(/\s+/g, ' ') : null,
        // What names the parts without text of their own (the map's city markers).
        shadowLabels: [...(el.shadowRoot?.querySelectorAll('[aria-label]') ?? [])].map((n) =>
          n.getAttribute('aria-label')
        ),
        lightHtml: el.innerHTML,
        lightText: el.textContent.replace(/\s+/g, ' '),
        inParagraph: !!el.parentElement.closest('p'),
        accent: getComputedStyle(el).getPropertyValue('--cm-color-accent').trim(),
        // Elements that markup typed in an attribute would have made.
        markup:
          el.querySelectorAll('b, img[src="x"], script').length +
          (el.shadowRoot?.querySelectorAll('b, img[src="x"], script').length ?? 0),
      })),
      bodyText: document.body.innerText,
      // Text outside every widget (what would show twice if the fallback leaked out).
      outsideText: (() => {
        const clone = document.querySelector('main, body').cloneNode(true);
        clone
          .querySelectorAll('cm-featured-story, cm-quote-rotator, cm-webinar-card, cm-ideas-index, cm-ideas-map')
          .forEach((el) => el.remove());
        return clone.textContent.replace(/\s+/g, ' ');
      })(),
    };
  });

/**
 * Waits until each tag has an element showing all the given texts (content, and UI texts
 * once the page language's module has arrived: an element may show English texts until then).
 */
const waitForWidgets = (page, expected) =>
  page.waitForFunction(
    (expected) =>
      Object.entries(expected).every(([tag, texts]) =>
        [...document.querySelectorAll(tag)].some(
          (el) =>
            !customElements.get(tag) ||
            [].concat(texts).every((text) => (el.shadowRoot?.textContent ?? '').includes(text))
        )
      ),
    {timeout: 30000, polling: 100},
    expected
  );

/**
 * Console errors, failed requests and dialogs of a page. The machine is offline: what
 * WordPress's admin asks of other hosts (avatars, the editor's welcome images) fails and is
 * not counted; everything from the test site is.
 */
function watch(page) {
  const seen = {errors: [], responses: [], dialogs: []};
  const local = (url) => !url || url.startsWith('http://127.0.0.1');
  // WordPress 6.1's post editor asks for the block theme's template, which only users who
  // may edit the theme can read: a 403 for every Author, from core, whatever the plugins.
  const coreNoise = (url) => /rest_route=%2Fwp%2Fv2%2Ftemplates%2F/.test(url ?? '');
  page.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      local(m.location()?.url) &&
      !coreNoise(m.location()?.url) &&
      seen.errors.push(`${m.text()} (${m.location()?.url ?? ''})`)
  );
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('requestfailed', (r) => local(r.url()) && seen.errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    seen.responses.push({url: r.url(), status: r.status()});
    if (r.status() >= 400 && !coreNoise(r.url())) seen.errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  page.on('dialog', (d) => (seen.dialogs.push(d.message()), d.dismiss()));
  return seen;
}

async function login(browser, site, user, pass) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${site}/wp-login.php`, {waitUntil: 'load'});
  // The fields are filled, not typed: the login page selects #user_login's text from a timer
  // (wp_attempt_focus), and on a loaded machine that landed in the middle of typing, so the
  // next keys replaced the name and the login failed.
  await page.evaluate(
    (name, password) => {
      document.querySelector('#user_login').value = name;
      document.querySelector('#user_pass').value = password;
    },
    user,
    pass
  );
  await Promise.all([page.waitForNavigation({waitUntil: 'domcontentloaded'}), page.click('#wp-submit')]);
  if (new URL(page.url()).pathname.endsWith('/wp-login.php')) throw new Error(`could not log in as ${user}`);
  return {context, page};
}

// ---------------------------------------------------------------- the checks
async function visitorChecks(browser, site, posts) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const content = (i) => i.widgets.map((w) => w.tag);

  // Every block, as a visitor sees it.
  log('visitor: the post with every block');
  let seen = watch(page);
  let response = await page.goto(posts.blocks.url, {waitUntil: 'load'});
  const raw = await response.text();
  await waitForWidgets(page, {
    'cm-featured-story': ['Deux hourras pour le Pacte mondial', 'Lire la suite'],
    'cm-quote-rotator': 'Jussi Pajunen',
    'cm-webinar-card': 'Planifier des villes résilientes',
    'cm-ideas-index': 'Le Partenariat de mentorat',
    'cm-ideas-map': 'Liste des villes',
  }).catch(() => {});
  let info = await inspect(page);
  check('blocks: the page is French (<html lang="fr-FR">)', info.lang === 'fr-FR', info.lang);
  check(
    'blocks: the five elements are in the page, in order',
    content(info).join() === 'cm-featured-story,cm-quote-rotator,cm-webinar-card,cm-ideas-index,cm-ideas-map',
    content(info).join()
  );
  const byTag = (tag) => info.widgets.find((w) => w.tag === tag) ?? {};
  check(
    'blocks: featured story renders the story from the feed, in French',
    byTag('cm-featured-story').shadowText?.includes('Deux hourras pour le Pacte mondial') &&
      byTag('cm-featured-story').shadowText?.includes('Lire la suite'),
    byTag('cm-featured-story').shadowText
  );
  check(
    'blocks: quote rotator renders the quotes (default feed from the settings)',
    byTag('cm-quote-rotator').shadowText?.includes('Jussi Pajunen') &&
      byTag('cm-quote-rotator').attributes.src === FEED,
    JSON.stringify(byTag('cm-quote-rotator').attributes)
  );
  check(
    'blocks: webinar card renders the webinar',
    byTag('cm-webinar-card').shadowText?.includes('Planifier des villes résilientes et inclusives'),
    byTag('cm-webinar-card').shadowText
  );
  check(
    'blocks: ideas index renders the ideas',
    byTag('cm-ideas-index').shadowText?.includes('Le Partenariat de mentorat'),
    byTag('cm-ideas-index').shadowText?.slice(0, 300)
  );
  check(
    'blocks: attributes reach the elements (story-id, heading-level, autoplay, interval, page-size, sync-url, id, for)',
    byTag('cm-featured-story').attributes['story-id'] === 'two-cheers' &&
      byTag('cm-featured-story').attributes['heading-level'] === '2' &&
      'autoplay' in byTag('cm-quote-rotator').attributes &&
      byTag('cm-quote-rotator').attributes.interval === '9000' &&
      byTag('cm-ideas-index').attributes['page-size'] === '12' &&
      'sync-url' in byTag('cm-ideas-index').attributes &&
      byTag('cm-ideas-index').id === 'idees' &&
      byTag('cm-ideas-map').attributes.for === 'idees',
    JSON.stringify(info.widgets.map((w) => w.attributes))
  );
  check(
    'blocks: block wrapper classes on the element (wp-block-…, custom class)',
    byTag('cm-ideas-index').className.includes('wp-block-citiesofmigration-ideas-index') &&
      byTag('cm-ideas-index').className.includes('ma-classe'),
    byTag('cm-ideas-index').className
  );
  const map = byTag('cm-ideas-map');
  if (map.defined) {
    // Each city (or group of nearby cities) is a marker named "Toronto, Canada : 2 idées"
    // ("Autour de Toronto, Canada : 11 villes, 13 idées"); the list of cities is folded.
    check(
      'blocks: ideas map renders its cities, in French',
      map.shadowLabels.some((label) => /Toronto, Canada\s:\s\d+ (idées?|villes)/.test(label)) &&
        map.shadowText.includes('Liste des villes'),
      `${map.shadowText.slice(0, 200)} | ${map.shadowLabels.slice(0, 5).join(' | ')}`
    );
  } else
    skip(
      'blocks: ideas map renders its cities, in French',
      '<cm-ideas-map> is not in this build of cm-widgets.js yet; its server fallback is checked below'
    );
  check(
    'blocks: ideas map fallback lists the cities with their counts, in French',
    /Toronto, Canada\s:\s\d+ idées?/.test(map.lightText ?? ''),
    map.lightText?.slice(0, 300)
  );
  check(
    'blocks: the server wrote the fallback from the feed (HTML before any script)',
    /<cm-featured-story [^>]*><h2><a href="https:\/\/citiesofmigration\.ca\/ezine_stories\/two-cheers-for-the-global-compact\/">Deux hourras pour le Pacte mondial<\/a><\/h2><p>/.test(
      raw
    ) &&
      /<cm-quote-rotator [^>]*><blockquote lang="en"><p>Immigrants are a positive force in Finnish society\.<\/p><footer><cite>Jussi Pajunen<\/cite>, Maire/.test(
        raw
      ) &&
      /<li data-id="triec-mentoring" data-city="Toronto" data-country="Canada"[^>]*><h3><a href="https:\/\/triec\.ca\/">Le Partenariat de mentorat/.test(
        raw
      ),
    raw.match(/<cm-featured-story[\s\S]{0,400}/)?.[0]
  );
  check(
    'blocks: the script is printed exactly once, as a module, at the URL its modules import (no query string)',
    info.scripts.length === 1 &&
      info.scripts[0].type === 'module' &&
      /\/cm-widgets\.js$/.test(info.scripts[0].src) &&
      (raw.match(/cm-widgets\.js/g) ?? []).length === 1,
    JSON.stringify(info.scripts)
  );
  check(
    'blocks: its French module was loaded from beside it',
    seen.responses.some((r) => /\/cm-widgets\/assets\/cm-widgets-fr\.js$/.test(r.url) && r.status === 200),
    seen.responses
      .filter((r) => /cm-widgets/.test(r.url))
      .map((r) => `${r.status} ${r.url}`)
      .join('\n')
  );
  check(
    'blocks: theme tokens from the settings reach the elements',
    info.widgets.every((w) => w.accent === '#00657a') && info.tokensStyle,
    info.widgets.map((w) => w.accent).join()
  );
  check('blocks: no console errors, no failed requests', seen.errors.length === 0, seen.errors.join('\n'));

  // Every shortcode, in classic content (wpautop on).
  log('visitor: the classic post with every shortcode');
  seen = watch(page);
  response = await page.goto(posts.classic.url, {waitUntil: 'load'});
  const classicRaw = await response.text();
  await waitForWidgets(page, {
    'cm-featured-story': ['Toronto la bonne', 'Lire la suite'],
    'cm-quote-rotator': 'Jussi Pajunen',
    'cm-webinar-card': 'Un webinaire saisi à la main',
    'cm-ideas-index': 'Le Partenariat de mentorat',
  }).catch(() => {});
  info = await inspect(page);
  check(
    'classic: six widgets from six shortcodes, none left as text',
    content(info).join() ===
      'cm-featured-story,cm-quote-rotator,cm-webinar-card,cm-ideas-index,cm-ideas-map,cm-featured-story' &&
      !/\[cm_/.test(info.bodyText),
    content(info).join()
  );
  const stories = info.widgets.filter((w) => w.tag === 'cm-featured-story');
  check(
    'classic: featured story renders (default feed)',
    stories[0]?.shadowText?.includes('Toronto la bonne'),
    stories[0]?.shadowText
  );
  check(
    'classic: quote rotator renders',
    info.widgets[1]?.shadowText?.includes('Jussi Pajunen'),
    info.widgets[1]?.shadowText
  );
  check(
    'classic: webinar card renders from its attributes, date included',
    info.widgets[2]?.shadowText?.includes('Un webinaire saisi à la main') &&
      /2027/.test(info.widgets[2]?.shadowText ?? ''),
    info.widgets[2]?.shadowText
  );
  check(
    'classic: ideas index renders',
    info.widgets[3]?.shadowText?.includes('Le Partenariat de mentorat'),
    info.widgets[3]?.shadowText?.slice(0, 200)
  );
  check(
    'classic: the story written inside a paragraph renders too',
    stories[1]?.shadowText?.includes('Prendre le pouls de la diversité'),
    stories[1]?.shadowText
  );
  check(
    'classic: every element keeps its fallback inside it, outside any <p>',
    info.widgets.every((w) => !w.inParagraph && w.lightHtml.length > 0) &&
      /<h3><a [^>]*>Toronto la bonne<\/a><\/h3><p>/.test(stories[0]?.lightHtml ?? ''),
    info.widgets.map((w) => `${w.tag} inParagraph=${w.inParagraph} light=${w.lightHtml.slice(0, 80)}`).join('\n')
  );
  check(
    'classic: no fallback text outside the elements (nothing shown twice)',
    !/Toronto la bonne|Prendre le pouls|Jussi Pajunen|Résumé du webinaire saisi|Le Partenariat de mentorat/.test(
      info.outsideText
    ),
    info.outsideText.slice(0, 500)
  );
  check(
    'classic: the paragraph around the inline shortcode is split, its text kept',
    /<p>Un article dans le texte :<\/p><cm-featured-story/.test(classicRaw) &&
      /<\/cm-featured-story><p>et la suite du paragraphe\.<br \/>\s*Une deuxième ligne\.<\/p>/.test(classicRaw),
    classicRaw.match(/Un article dans le texte[\s\S]{0,120}/)?.[0] +
      ' … ' +
      classicRaw.match(/<\/cm-featured-story>[^\n]{0,120}/g)?.pop()
  );
  check(
    'classic: the script is printed exactly once',
    info.scripts.length === 1 && (classicRaw.match(/cm-widgets\.js/g) ?? []).length === 1,
    JSON.stringify(info.scripts)
  );
  check('classic: no console errors, no failed requests', seen.errors.length === 0, seen.errors.join('\n'));

  // Hostile attributes, saved by the Author.
  for (const key of ['hostileBlocks', 'hostileShortcodes']) {
    log(`visitor: ${key}`);
    seen = watch(page);
    response = await page.goto(posts[key].url, {waitUntil: 'load'});
    const hostileRaw = await response.text();
    await waitForWidgets(page, {'cm-featured-story': ['Deux hourras', 'Lire la suite']}).catch(() => {});
    info = await inspect(page);
    const label = key === 'hostileBlocks' ? 'hostile blocks' : 'hostile shortcodes';
    check(
      `${label}: no script ran, no dialog opened`,
      info.pwned === null && seen.dialogs.length === 0,
      `__cmPwned=${info.pwned} dialogs=${seen.dialogs}`
    );
    check(
      `${label}: no event-handler attribute anywhere (light or shadow DOM)`,
      info.eventAttributes.length === 0,
      info.eventAttributes.join(', ')
    );
    check(
      `${label}: no javascript:/data: URL in any attribute`,
      info.badUrls.length === 0 &&
        !/javascript:|data:application/i.test(hostileRaw.match(/<cm-[\s\S]*<\/cm-[a-z-]+>/)?.[0] ?? ''),
      info.badUrls.join(', ')
    );
    check(`${label}: no markup injected from attribute values`, info.injected === 0, String(info.injected));
    const dropped = info.widgets.filter((w) => w.tag === 'cm-featured-story' && !w.attributes.heading);
    check(
      `${label}: a javascript: feed URL is dropped (the default feed takes its place)`,
      dropped.length > 0 && dropped.every((w) => w.attributes.src === FEED && w.shadowText?.includes('Deux hourras')),
      JSON.stringify(dropped.map((w) => w.attributes))
    );
    if (key === 'hostileBlocks') {
      const titled = info.widgets.find((w) => w.attributes.heading);
      check(
        'hostile blocks: markup in a heading stays text (escaped on the server, never parsed); heading-level 9 dropped',
        titled?.shadowText?.includes('Titre en gras') &&
          titled.markup === 0 &&
          /<h3><a href="https:\/\/example\.org\/histoire">&lt;img src=&quot;x&quot;&gt;&lt;b&gt;Titre en gras&lt;\/b&gt;/.test(
            hostileRaw
          ) &&
          !('heading-level' in (titled?.attributes ?? {})),
        `${titled?.shadowText} | ${JSON.stringify(titled?.attributes)} | ${hostileRaw.match(/<h3><a href="https:\/\/example[^\n]{0,200}/)?.[0]}`
      );
      const mapWidget = info.widgets.find((w) => w.tag === 'cm-ideas-map');
      check(
        'hostile blocks: an invalid `for` is dropped, the label stays one attribute',
        mapWidget && !('for' in mapWidget.attributes) && /cmPwned=4/.test(mapWidget.attributes.label ?? ''),
        JSON.stringify(mapWidget?.attributes)
      );
    } else {
      const titled = info.widgets.find((w) => w.tag === 'cm-featured-story' && w.attributes.heading);
      check(
        'hostile shortcodes: quotes in a heading stay inside the attribute; bad href and heading_level dropped',
        titled?.attributes.heading?.includes('onmouseover') &&
          !('href' in titled.attributes) &&
          !('heading-level' in titled.attributes),
        JSON.stringify(titled?.attributes)
      );
      const webinar = info.widgets.find((w) => w.tag === 'cm-webinar-card');
      check(
        'hostile shortcodes: webinar kind, video and speakers refused; heading shown as text',
        webinar &&
          !('kind' in webinar.attributes) &&
          !('video' in webinar.attributes) &&
          !('speakers' in webinar.attributes) &&
          webinar.shadowText?.includes('Webinaire') &&
          webinar.markup === 0,
        `${JSON.stringify(webinar?.attributes)} | ${webinar?.shadowText}`
      );
      const rotator = info.widgets.find((w) => w.tag === 'cm-quote-rotator');
      check(
        'hostile shortcodes: JSON quotes refused, interval under 3000 dropped',
        rotator &&
          !('quotes' in rotator.attributes) &&
          !('interval' in rotator.attributes) &&
          rotator.attributes.src === FEED,
        JSON.stringify(rotator?.attributes)
      );
      const index = info.widgets.find((w) => w.tag === 'cm-ideas-index');
      check(
        'hostile shortcodes: out-of-range page_size, junk heading_level and a data: src dropped',
        index &&
          !('page-size' in index.attributes) &&
          !('heading-level' in index.attributes) &&
          index.attributes.src === FEED,
        JSON.stringify(index?.attributes)
      );
    }
  }

  // Shortcodes in blocks: inside a paragraph block, and in a Shortcode block.
  log('visitor: shortcodes in blocks');
  seen = watch(page);
  await page.goto(posts.mixed.url, {waitUntil: 'load'});
  await waitForWidgets(page, {
    'cm-featured-story': ['Toronto la bonne', 'Lire la suite'],
    'cm-webinar-card': 'L’inclusion des migrants',
  }).catch(() => {});
  info = await inspect(page);
  check(
    'mixed: a shortcode in a paragraph block and one in a Shortcode block render, outside any <p>, fallback inside',
    content(info).join() === 'cm-featured-story,cm-webinar-card' &&
      info.widgets[0].shadowText?.includes('Toronto la bonne') &&
      info.widgets[1].shadowText?.includes('L’inclusion des migrants') &&
      info.widgets.every((w) => !w.inParagraph && w.lightHtml.includes('<h3>')) &&
      /Dans un paragraphe/.test(info.outsideText) &&
      /et après/.test(info.outsideText) &&
      !/Toronto la bonne/.test(info.outsideText),
    info.widgets.map((w) => `${w.tag} inParagraph=${w.inParagraph} ${w.shadowText?.slice(0, 80)}`).join('\n')
  );
  check('mixed: no console errors, no failed requests', seen.errors.length === 0, seen.errors.join('\n'));

  // A post without widgets.
  log('visitor: the post without widgets');
  watch(page);
  response = await page.goto(posts.plain.url, {waitUntil: 'load'});
  const plainRaw = await response.text();
  info = await inspect(page);
  check(
    'plain: no script, no tokens style on a page without widgets',
    info.scripts.length === 0 && !/cm-widgets/.test(plainRaw) && /Une page sans aucun widget/.test(plainRaw),
    JSON.stringify(info.scripts)
  );
  await context.close();
}

async function classicThemeChecks(browser, posts) {
  log('visitor: the same posts under a classic theme');
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  for (const key of ['blocks', 'classic']) {
    const seen = watch(page);
    const response = await page.goto(posts[key].url, {waitUntil: 'load'});
    const raw = await response.text();
    await waitForWidgets(page, {
      'cm-featured-story': 'Lire la suite',
      'cm-ideas-index': 'Le Partenariat de mentorat',
    }).catch(() => {});
    const info = await inspect(page);
    const footer = raw.slice(raw.lastIndexOf('</cm-'));
    check(
      `classic theme, ${key}: widgets render; script once, as a module, and the tokens after the content`,
      info.widgets.length >= 5 &&
        info.widgets.filter((w) => w.defined).every((w) => w.shadowText?.trim()) &&
        info.widgets[0].shadowText.includes('Lire la suite') &&
        info.scripts.length === 1 &&
        info.scripts[0].type === 'module' &&
        (raw.match(/cm-widgets\.js/g) ?? []).length === 1 &&
        /cm-widgets\.js/.test(footer) &&
        /id="cm-widgets-tokens-inline-css"|id='cm-widgets-tokens-inline-css'/.test(footer) &&
        info.widgets.every((w) => w.accent === '#00657a'),
      `${JSON.stringify(info.scripts)} tokens-after-content=${/cm-widgets-tokens-inline-css/.test(footer)} accents=${info.widgets.map((w) => w.accent)}`
    );
    check(
      `classic theme, ${key}: fallback inside every element, none in a <p>; no console errors`,
      info.widgets.every((w) => !w.inParagraph && w.lightHtml.length > 0) && seen.errors.length === 0,
      info.widgets.map((w) => `${w.tag} inParagraph=${w.inParagraph}`).join(', ') + seen.errors.join('\n')
    );
  }
  await context.close();
}

async function adminChecks(browser, site) {
  log('administrator: Settings → Cities of Migration');
  const {context, page} = await login(browser, site, 'admin', ADMIN_PASS);
  const seen = watch(page);
  await page.goto(`${site}/wp-admin/options-general.php?page=cm-widgets`, {waitUntil: 'load'});
  const text = await page.evaluate(() => document.body.innerText);
  check(
    'settings: the page is in French (the plugin’s own translations)',
    /URL du flux par défaut/.test(text) && /Couleur d’accent/.test(text) && /\[cm_featured_story\]/.test(text),
    text.slice(0, 400)
  );
  await page.evaluate((feed) => {
    const set = (id, value) => (document.getElementById(id).value = value);
    set('cm_widgets_feed_url', feed);
    set('cm_widgets_token_color-accent', '#00657a');
    set('cm_widgets_token_font-family', 'Georgia, serif');
    // Hostile: would end the style element if printed as is.
    set('cm_widgets_token_radius', '0}</style><script>window.__cmPwned=9</script>');
  }, FEED);
  await Promise.all([page.waitForNavigation({waitUntil: 'load'}), page.click('#submit')]);
  const after = await page.evaluate(() => ({
    text: document.body.innerText,
    feed: document.getElementById('cm_widgets_feed_url').value,
    accent: document.getElementById('cm_widgets_token_color-accent').value,
    radius: document.getElementById('cm_widgets_token_radius').value,
  }));
  check(
    'settings: saved through the Settings API form (nonce), feed read by the server',
    after.feed === FEED &&
      after.accent === '#00657a' &&
      /Lu par le serveur\s?: stories: 3, quotes: 7, webinars: 3, ideas: 33/.test(after.text),
    JSON.stringify(after).slice(0, 600)
  );
  check(
    'settings: a hostile token is refused with a message, not saved',
    after.radius === '' && /Arrondi des coins\s?: «/.test(after.text),
    after.text.slice(0, 600)
  );
  check('settings: no console errors', seen.errors.length === 0, seen.errors.join('\n'));
  await context.close();
}

async function authorChecks(browser, site, posts) {
  log('Author: the block editor');
  const {context, page} = await login(browser, site, 'autrice', AUTHOR_PASS);
  const settings = await page.goto(`${site}/wp-admin/options-general.php?page=cm-widgets`, {waitUntil: 'load'});
  check('Author: no access to the settings (manage_options)', settings.status() === 403, String(settings.status()));

  const seen = watch(page);
  await page.goto(`${site}/wp-admin/post.php?post=${posts.blocks.id}&action=edit`, {waitUntil: 'load'});
  const preview = await page
    .waitForFunction(
      () => {
        const el = document.querySelector('[data-type="citiesofmigration/featured-story"] cm-featured-story');
        const text = el?.shadowRoot?.textContent ?? '';
        return text.includes('Deux hourras pour le Pacte mondial') && text.includes('Lire la suite') && text;
      },
      {timeout: 60000, polling: 200}
    )
    .then((h) => h.jsonValue())
    .catch((e) => `not rendered: ${e.message}`);
  check(
    'editor: the block preview is the live element (server HTML upgraded by cm-widgets.js)',
    typeof preview === 'string' && preview.includes('Deux hourras') && preview.includes('Lire la suite'),
    preview
  );
  const editorInfo = await page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[src*="/cm-widgets/assets/cm-widgets.js"]')].map((s) => s.type),
    index: [
      ...(document.querySelector('[data-type="citiesofmigration/ideas-index"] cm-ideas-index')?.attributes ?? []),
    ].map((a) => a.name),
    address: location.search,
    blocks: wp.blocks
      .getBlockTypes()
      .filter((b) => b.name.startsWith('citiesofmigration/'))
      .map((b) => `${b.name}:${b.title}`),
  }));
  check(
    'editor: the five blocks are registered, with French titles',
    editorInfo.blocks.length === 5 &&
      editorInfo.blocks.includes('citiesofmigration/featured-story:Article à la une') &&
      editorInfo.blocks.includes('citiesofmigration/ideas-map:Carte des bonnes idées'),
    editorInfo.blocks.join(', ')
  );
  check(
    'editor: the index preview has no sync-url (the editor’s address stays its own)',
    editorInfo.index.includes('page-size') && !editorInfo.index.includes('sync-url') && !/cm-/.test(editorInfo.address),
    `${editorInfo.index.join()} ${editorInfo.address}`
  );
  check(
    'editor: cm-widgets.js loaded once, as a module',
    editorInfo.scripts.length === 1 && editorInfo.scripts[0] === 'module',
    editorInfo.scripts.join()
  );

  // The sidebar of the selected block: controls from elements.json, in French.
  await page.evaluate(() => {
    const block = wp.data
      .select('core/block-editor')
      .getBlocks()
      .find((b) => b.name === 'citiesofmigration/featured-story');
    wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  });
  const sidebar = await page
    .waitForFunction(
      () => {
        // textContent: labels are upper-cased by CSS, which innerText would apply.
        const text = document.querySelector('.interface-complementary-area')?.textContent ?? '';
        return /URL du flux/.test(text) && text;
      },
      {timeout: 20000}
    )
    .then((h) => h.jsonValue())
    .catch(() => '');
  check(
    'editor: the sidebar shows the element’s attributes, in French (PHP and JS translations)',
    /URL du flux/.test(sidebar) &&
      /Identifiant de l’article/.test(sidebar) &&
      /Contenu/.test(sidebar) &&
      /Affichage/.test(sidebar),
    sidebar.slice(0, 400)
  );

  // An invalid value in the sidebar is flagged.
  const flagged = await page
    .evaluate(() => {
      const block = wp.data.select('core/block-editor').getSelectedBlock();
      wp.data.dispatch('core/block-editor').updateBlockAttributes(block.clientId, {href: 'javascript:alert(1)'});
    })
    .then(() =>
      page
        .waitForFunction(
          () => /n’est pas valide/.test(document.querySelector('.interface-complementary-area')?.innerText ?? ''),
          {timeout: 10000}
        )
        .then(
          () => true,
          () => false
        )
    );
  check('editor: an invalid URL in the sidebar is flagged', flagged);

  // The Author adds a block and saves through the REST API, as in the editor.
  await page.evaluate(() => {
    const block = wp.data.select('core/block-editor').getSelectedBlock();
    wp.data.dispatch('core/block-editor').updateBlockAttributes(block.clientId, {href: undefined});
    wp.data.dispatch('core/block-editor').insertBlocks(
      wp.blocks.createBlock('citiesofmigration/featured-story', {
        storyId: 'toronto-the-good',
        kicker: 'Ajouté par l’autrice',
      })
    );
    wp.data.dispatch('core/editor').savePost();
  });
  const saved = await page
    .waitForFunction(
      () =>
        !wp.data.select('core/editor').isSavingPost() &&
        !wp.data.select('core/editor').isEditedPostDirty() &&
        wp.data.select('core/editor').didPostSaveRequestSucceed(),
      {timeout: 30000}
    )
    .then(
      () => true,
      () => false
    );
  check('editor: the Author saves a new block (REST API)', saved);
  check('editor: no console errors', seen.errors.length === 0, seen.errors.join('\n'));
  await context.close();

  const visitor = await browser.createBrowserContext();
  const front = await visitor.newPage();
  await front.goto(posts.blocks.url, {waitUntil: 'load'});
  const added = await front
    .waitForFunction(
      () =>
        [...document.querySelectorAll('cm-featured-story')].some(
          (el) =>
            el.shadowRoot?.textContent.includes('Toronto la bonne') &&
            el.shadowRoot.textContent.includes('Ajouté par l’autrice')
        ),
      {timeout: 30000}
    )
    .then(
      () => true,
      () => false
    );
  check('editor: the block the Author added renders on the site', added);
  await visitor.close();
}

// ---------------------------------------------------------------- main
let browser;
let failedToRun = null;
let cleaning;
/** Stops the browser and the servers, removes the config: once, whatever ends the run. */
const cleanup = () =>
  (cleaning ??= (async () => {
    await browser?.close().catch(() => {});
    await stopAll();
    rmSync(config, {force: true});
  })());
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    log(`${signal}: stopping what the test started`);
    await cleanup();
    process.exit(130);
  });
}
try {
  if (process.platform !== 'linux')
    throw new Error('this test runs Debian packages: run it on Debian 12 (or in a Debian 12 container)');
  if (!existsSync(zipFile))
    throw new Error(
      'dist/cm-widgets-wordpress.zip is missing: run `npm run build:wordpress` (or `npm run test:wordpress`)'
    );
  const chrome = findChrome();
  if (!chrome) throw new Error('no Chromium found: set CHROME_PATH or `apt-get install chromium`');
  ensurePackages();
  killLeftovers();
  rmSync(work, {recursive: true, force: true});
  mkdirSync(work, {recursive: true});

  log('starting MariaDB (own data directory, socket only)');
  await startDatabase();
  const port = await freePort();
  const site = writeSite(port);
  log(`starting php -S on ${site}`);
  const server = start('php', 'php', ['-S', `127.0.0.1:${port}`, '-t', WP, join(here, 'router.php')], {
    // Several workers: a page that renders a widget asks the same server for the feed.
    env: {...process.env, PHP_CLI_SERVER_WORKERS: '4', CM_WP_CONTENT_DIR: content},
  });
  await waitFor('php -S', async () => {
    if (server.exitCode !== null) throw new Error(`php -S exited:\n${server.output()}`);
    return canConnect({host: '127.0.0.1', port});
  });

  log('installing WordPress (French), the theme, the plugin from the zip, the Author and her posts');
  php('install.php', port);
  const setup = php('setup.php', port);
  for (const c of setup.checks) check(`setup: ${c.name}`, c.ok, c.detail);
  // php -l on every PHP file as installed from the zip (the build lints too, when it finds PHP).
  const installed = run('find', [join(content, 'plugins', 'cm-widgets'), '-name', '*.php'])
    .trim()
    .split('\n')
    .filter(Boolean);
  const lint = installed
    .map((file) => spawnSync('php', ['-l', file], {encoding: 'utf8'}))
    .filter((r) => r.status !== 0);
  check(
    `php -l: the ${installed.length} PHP files of the installed plugin have no syntax error (${run('php', ['-r', 'echo PHP_VERSION;'])})`,
    installed.length >= 10 && lint.length === 0,
    lint.map((r) => r.stdout + r.stderr).join('\n')
  );
  for (const c of php('unit.php', port)) check(`unit: ${c.name}`, c.ok, c.detail);
  if (!setup.posts || Object.keys(setup.posts).length !== 6)
    throw new Error(`setup did not create the posts: ${JSON.stringify(setup)}`);

  // The signal handlers below stop everything; puppeteer's own would exit first.
  browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    args: chromeArgs,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  await adminChecks(browser, site);
  await visitorChecks(browser, site, setup.posts);
  await authorChecks(browser, site, setup.posts);

  // A classic theme renders the content after wp_head: the script and the theme tokens
  // then go to the footer (WordPress prints late styles there).
  const theme = php('theme.php', port, {CM_WP_THEME: 'twentytwentyone'});
  check(
    'classic theme: Twenty Twenty-One is active',
    theme.stylesheet === 'twentytwentyone' && !theme.block,
    JSON.stringify(theme)
  );
  await classicThemeChecks(browser, setup.posts);

  const debug = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
  const ours = debug.split('\n').filter((l) => /cm-widgets|cm_widgets/.test(l));
  check(
    'PHP: no notice, warning or error from the plugin in debug.log',
    ours.length === 0,
    ours.slice(0, 10).join('\n')
  );

  if (process.env.CM_WP_KEEP) {
    await browser.close();
    log(`CM_WP_KEEP: the site stays at ${site} (admin / ${ADMIN_PASS}, autrice / ${AUTHOR_PASS}); Ctrl-C to stop`);
    await new Promise(() => {}); // until a signal (below)
  }
} catch (error) {
  failedToRun = error;
} finally {
  await cleanup();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.filter((r) => !r.ok && !r.skipped).length + (failedToRun ? 1 : 0);
const skipped = results.filter((r) => r.skipped).length;
if (failedToRun) console.error(`\ntest:wordpress could not finish: ${failedToRun.stack ?? failedToRun}`);
if (failed) console.log(`\nLogs kept in ${work} (debug.log, database).`);
else rmSync(work, {recursive: true, force: true});
log('done');
console.log(`\nwordpress: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
