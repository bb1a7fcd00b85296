// `npx cm-widgets validate`, spawned as a feed author would run it: on the shared corpus
// (test/fixtures/feeds/), on good, bad and hostile files, and on URLs served by a local
// server (HTTP errors, HTML pages, a decompression bomb). Exit codes and messages; never
// time (the 10,000-idea figure is printed, not asserted).
import assert from 'node:assert/strict';
import {execFile, spawn} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Buffer} from 'node:buffer';
import process from 'node:process';
import {after, before, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {documentCases} from './corpus.mjs';
import {validateFeed} from './elements.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/cm-widgets.mjs');
const fixture = (path) => `test/fixtures/${path}`;
const MB5 = 5 * 1024 * 1024;

/** Runs the command in the repository; resolves with its exit code and output. */
function run(args, {input} = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      {cwd: root, maxBuffer: 64 << 20},
      (error, stdout, stderr) => resolve({code: error ? error.code : 0, stdout, stderr})
    );
    if (input !== undefined) child.stdin.end(input);
  });
}

const json = async (args) => {
  const result = await run(['validate', '--json', ...args]);
  return {...result, report: JSON.parse(result.stdout)};
};

let dir;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-validate-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));
const temp = (name, content) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('validate: good feeds', () => {
  test('a usable feed: exit 0 and the summary', async () => {
    const {code, stdout} = await run(['validate', fixture('content.json')]);
    assert.equal(code, 0);
    assert.equal(stdout, 'test/fixtures/content.json\n  2 stories, 1 quote\n');
  });

  test('the demo page’s content and every valid document of the corpus: exit 0, no finding', async () => {
    const valid = documentCases().filter((d) => d.valid && d.readable);
    // --kind applies to every file of a call: the bare lists one by one.
    const calls = [valid.filter((d) => !d.kind).map((d) => fileURLToPath(d.file))];
    for (const d of valid.filter((c) => c.kind)) calls.push(['--kind', d.kind, fileURLToPath(d.file)]);
    for (const args of calls) {
      const {code, report} = await json(args);
      assert.equal(code, 0, args.join(' '));
      for (const file of report.files) assert.deepEqual(file.findings, [], file.source);
    }
  });

  test('warnings alone still exit 0', async () => {
    const path = temp('warn.json', JSON.stringify({stories: [{title: 'T', url: '/s', image: 'javascript:alert(1)'}]}));
    const {code, stdout} = await run(['validate', path]);
    assert.equal(code, 0);
    assert.match(stdout, /warning {5}\$\.stories\[0\]\.image · "T"\n/);
    assert.match(
      stdout,
      /in story #1 of the feed ".*warn\.json": ignored "image" "javascript:alert\(1\)": not an http\(s\) or relative URL\./
    );
    assert.match(stdout, /\n {2}1 story, 1 warning\n$/);
  });

  test('a JSON Feed is read as stories, its problems at the JSON Feed’s own fields', async () => {
    const path = temp(
      'feed.json',
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          {id: 'p1', title: 'T', url: '/p1', content_text: 7, date_published: '2018-02-30'},
          {id: 'p2', title: 'U', url: 'javascript:x'},
        ],
      })
    );
    const {code, report} = await json([path]);
    assert.equal(code, 1);
    assert.deepEqual(
      report.files[0].findings.map((f) => [f.severity, f.path, f.id, f.message.replace(/".*feed\.json"/, '"…"')]),
      [
        [
          'warning',
          '$.items[0].content_text',
          'p1',
          'in story #1 of the feed "…": ignored "content_text" 7: not a text.',
        ],
        [
          'warning',
          '$.items[0].date_published',
          'p1',
          'in story #1 of the feed "…": ignored "date_published" "2018-02-30": no such day or time.',
        ],
        ['error', '$.items[1].url', 'p2', 'skipped story #2 of the feed "…": "url" is not an http(s) or relative URL.'],
      ]
    );
  });

  test('a byte-order mark is no part of the JSON, as in browsers', async () => {
    const path = temp('bom.json', '\uFEFF' + JSON.stringify([{text: 'Q', author: 'A'}]));
    const {code, stdout} = await run(['validate', path]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /read as quotes/);
  });

  test('standard input with -', async () => {
    const {code, stdout} = await run(['validate', '-'], {input: JSON.stringify({ideas: []})});
    assert.equal(code, 0);
    assert.equal(stdout, '-\n  0 ideas\n');
  });
});

describe('validate: bad feeds', () => {
  test('a skipped item: exit 1, with its path, id or title, and the console warning’s words', async () => {
    const {code, stdout} = await run(['validate', fixture('quotes.json')]);
    assert.equal(code, 1);
    assert.equal(
      stdout,
      [
        'test/fixtures/quotes.json',
        '  error       $.quotes[3].text · "Nobody said anything"',
        '              skipped quote #4 of the feed "test/fixtures/quotes.json": "text" is missing.',
        '  3 quotes, 1 skipped',
        '',
      ].join('\n')
    );
  });

  test('every bad readable document of the corpus: exit 1 or a finding, never a crash', async () => {
    for (const d of documentCases().filter((c) => !c.valid && c.readable)) {
      const {code, report, stderr} = await json([...(d.kind ? ['--kind', d.kind] : []), fileURLToPath(d.file)]);
      assert.equal(stderr, '', d.label);
      assert.ok(code <= 1, d.label);
      assert.ok(report.files[0].findings.length, `${d.label}: ${d.rule}`);
      for (const f of report.files[0].findings) {
        assert.match(f.path, /^\$/, d.label);
        assert.match(
          f.message,
          /^(skipped|in) \w+ #\d+ of the feed "|^could not use the feed "|^shows the first/,
          f.message
        );
      }
    }
  });

  test('a wrong shape, a kind that is not a list; 101 quotes are all shown', async () => {
    const {code, report} = await json([
      fixture('wrong-shape.json'),
      fixture('feeds/documents/stories-not-a-list.json'),
      fixture('feeds/documents/quotes-101.json'),
    ]);
    assert.equal(code, 1);
    const [shape, notList, quotes] = report.files;
    assert.deepEqual(quotes.findings, []);
    assert.deepEqual(
      shape.findings.map((f) => [f.path, f.message]),
      [
        [
          '$',
          'could not use the feed "test/fixtures/wrong-shape.json": expected an array, or an object with a "stories", "quotes", "webinars" or "ideas" array.',
        ],
      ]
    );
    assert.equal(shape.summary, 'not a feed');
    assert.equal(notList.findings[0].path, '$.stories');
    assert.match(notList.findings[0].message, /expected an array, or an object with a "stories" array\.$/);
    assert.equal(notList.summary, '1 quote');
    assert.deepEqual(quotes.kinds.quotes, {items: 101, shown: 101, skipped: 0});
  });

  test('--kind reads a bare list as the kind given', async () => {
    const stories = fixture('stories.json');
    assert.equal((await run(['validate', '--kind', 'stories', stories])).code, 0);
    const {code, report} = await json(['--kind', 'ideas', stories]);
    assert.equal(code, 1);
    assert.deepEqual(report.files[0].list, {kind: 'ideas', guessed: false});
    assert.match(report.files[0].findings[0].message, /^skipped idea #1 of the feed .*: "city" is missing\.$/);
  });

  test('a bare list without --kind is read as the kind its fields fit, and says so', async () => {
    const {report} = await json([
      fixture('hostile.json'),
      fixture('ideas-hostile.json'),
      fixture('webinars-hostile.json'),
    ]);
    assert.deepEqual(
      report.files.map((f) => f.list),
      [
        {kind: 'stories', guessed: true},
        {kind: 'ideas', guessed: true},
        {kind: 'webinars', guessed: true},
      ]
    );
    const {stdout} = await run(['validate', fixture('stories.json')]);
    assert.match(stdout, /\(a bare list, read as stories: --kind to choose\)/);
  });

  test('the worst feed sets the exit code, and a last line counts them', async () => {
    const {code, stdout} = await run([
      'validate',
      fixture('content.json'),
      fixture('quotes.json'),
      fixture('invalid.json'),
    ]);
    assert.equal(code, 2);
    assert.match(stdout, /\n3 feeds: 1 usable, 1 with errors, 1 unreadable\n$/);
  });
});

describe('validate: unreadable and hostile feeds (exit 2)', () => {
  const unreadable = async (path, pattern) => {
    const {code, stdout} = await run(['validate', path]);
    assert.equal(code, 2, stdout);
    assert.match(stdout, new RegExp(`\\n {2}unreadable {2}could not use the feed ".*": ${pattern}\\.\\n$`));
  };

  test('not JSON', () => unreadable(fixture('invalid.json'), 'invalid JSON \\(.+\\)'));
  test('an HTML page', () =>
    unreadable(temp('page.json', '\n<!doctype html><title>Not found</title>'), 'it is an HTML page, not JSON'));
  test('over 5 MB', () => unreadable(temp('big.json', `[${'"x",'.repeat(MB5 / 4)}"x"]`), `larger than ${MB5} bytes`));
  test('no such file', () => unreadable(join(dir, 'missing.json'), 'no such file'));

  test('deep nesting: a million arrays, a title nested 100,000 objects deep', async () => {
    const n = 1_000_000;
    const deep = temp('deep.json', `{"stories": ${'['.repeat(n)}${']'.repeat(n)}}`);
    let title = '"x"';
    for (let i = 0; i < 100_000; i++) title = `{"en": ${title}}`;
    const deepText = temp('deep-text.json', `{"stories": [{"url": "/s", "title": ${title}}]}`);
    const {code, report, stderr} = await json([deep, deepText]);
    assert.equal(stderr, '');
    assert.equal(code, 1);
    assert.match(report.files[0].findings[0].message, /skipped story #1 of .*: it is not an object\./);
    assert.match(report.files[1].findings[0].message, /skipped story #1 of .*: "title" is not a text/);
  });

  test('--json says why, with the kind of failure', async () => {
    const {code, report} = await json([fixture('invalid.json')]);
    assert.equal(code, 2);
    assert.deepEqual(Object.keys(report), ['files', 'exitCode']);
    assert.equal(report.exitCode, 2);
    const [file] = report.files;
    assert.equal(file.readable, false);
    assert.equal(file.error.kind, 'json');
    assert.equal(file.summary, 'unreadable');
  });
});

describe('validate: URLs', () => {
  let server;
  let base;
  before(async () => {
    const bomb = gzipSync(Buffer.alloc(MB5 + 1, ' '));
    server = createServer((req, res) => {
      const send = (status, type, body, headers = {}) => {
        res.writeHead(status, {'content-type': type, ...headers});
        res.end(body);
      };
      if (req.url === '/content.json') send(200, 'application/json', readFileSync(join(root, fixture('content.json'))));
      else if (req.url === '/plain.json') send(200, 'text/plain', JSON.stringify([{text: 'Q', author: 'A'}]));
      else if (req.url === '/page') send(200, 'text/html; charset=utf-8', '{"looks": "like JSON"}');
      else if (req.url === '/bomb.json') send(200, 'application/json', bomb, {'content-encoding': 'gzip'});
      else if (req.url === '/silent') {
        // Headers, then nothing: only the timeout ends it.
        res.writeHead(200, {'content-type': 'application/json'});
        res.write('[');
      } else if (req.url === '/error') send(500, 'text/html', '<h1>Oops</h1>');
      else send(404, 'text/html', '<h1>Not found</h1>');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('a feed served over HTTP, JSON as text/plain too (the elements are lenient on the type)', async () => {
    const {code, report} = await json([`${base}/content.json`, `${base}/plain.json`]);
    assert.equal(code, 0);
    assert.deepEqual(
      report.files.map((f) => f.summary),
      ['2 stories, 1 quote', '1 quote']
    );
  });

  test('HTTP 404 and 500, an HTML page, a gzip bomb, a connection refused, a timeout', async () => {
    const {code, report} = await json([
      '--timeout',
      '300',
      `${base}/missing.json`,
      `${base}/error`,
      `${base}/page`,
      `${base}/bomb.json`,
      'http://127.0.0.1:1/feed.json',
      `${base}/silent`,
    ]);
    assert.equal(code, 2);
    assert.deepEqual(
      report.files.map((f) => [f.readable, f.error.kind, f.error.message.replace(/\(.*\)/, '(…)')]),
      [
        [false, 'http', 'HTTP 404 Not Found'],
        [false, 'http', 'HTTP 500 Internal Server Error'],
        [false, 'html', 'HTTP 200 answered with an HTML page, not JSON'],
        [false, 'too-large', `larger than ${MB5} bytes`],
        [false, 'network', 'network error (…)'],
        [false, 'timeout', 'no answer within 300 ms'],
      ]
    );
    assert.equal(report.files[0].error.status, 404);
    assert.equal(report.files[0].message, `could not use the feed "${base}/missing.json": HTTP 404 Not Found.`);
  });
});

describe('the command', () => {
  test('--help, a usage error, an unknown command', async () => {
    const help = await run(['validate', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: npx cm-widgets validate/);
    const none = await run(['validate']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /give at least one file or URL/);
    const badKind = await run(['validate', '--kind', 'posts', 'x.json']);
    assert.equal(badKind.code, 2);
    assert.match(badKind.stderr, /--kind is one of stories, quotes, webinars, ideas/);
    const top = await run(['--help']);
    assert.match(top.stdout, /validate +Check feeds/);
    assert.match(top.stdout, /render +Print an element/);
    const unknown = await run(['frobnicate']);
    assert.equal(unknown.code, 2);
    // render without --element is a usage error of its own.
    const render = await run(['render', 'feed.json']);
    assert.equal(render.code, 2);
    assert.match(render.stderr, /usage: cm-widgets render/);
  });

  test('the package names it as its bin and ships it', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.equal(pkg.bin['cm-widgets'], './bin/cm-widgets.mjs');
    assert.ok(pkg.files.includes('bin/'));
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});

describe('validate: 10,000 ideas', () => {
  test('checks a 10,000-idea feed (time printed, not asserted)', async () => {
    const {outputFiles} = await build({
      entryPoints: [join(root, 'test/data/generate-ideas.ts')],
      bundle: true,
      write: false,
      format: 'esm',
    });
    const {generateIdeas} = await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`);
    const ideas = generateIdeas(10_000);
    // One idea in a thousand broken, so that the findings are printed too.
    for (let i = 999; i < ideas.length; i += 1000) ideas[i].url = 'javascript:void 0';
    const path = temp('ideas-10k.json', JSON.stringify({ideas}));
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, [bin, 'validate', path], {cwd: root});
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    const code = await new Promise((resolve) => child.on('close', resolve));
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    assert.equal(code, 1);
    assert.match(stdout, /\n {2}9990 ideas, 10 skipped\n$/);
    console.log(`validate: 10,000 ideas (${(readFileSync(path).length / 1e6).toFixed(1)} MB) in ${Math.round(ms)} ms`);
  });
});

test('the core counts what each element shows', () => {
  const report = validateFeed(
    {stories: [{title: 'T', url: '/s'}, {title: 'U'}], quotes: [{text: 'Q', author: 'A', lang: 'english'}]},
    {source: 'f.json'}
  );
  assert.deepEqual(report.kinds, {stories: {items: 2, shown: 1, skipped: 1}, quotes: {items: 1, shown: 1, skipped: 0}});
  assert.equal(report.summary, '1 story, 1 quote, 1 skipped, 1 warning');
  assert.deepEqual(
    report.findings.map((f) => [f.severity, f.path, f.title]),
    [
      ['error', '$.stories[1].url', 'U'],
      ['warning', '$.quotes[0].lang', 'A'],
    ]
  );
});
