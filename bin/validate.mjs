// `npx cm-widgets validate <file|URL>…`: what the elements would make of each feed, in their
// own words. The rules are the elements' own (dist/content/validate.js, built from
// src/content/validate.ts); this file only reads files and URLs as a browser would (5 MB of
// decoded text at most, an HTML page is not a feed, HTTP errors) and prints the findings.
// Node 20 built-ins only.
import {open, stat} from 'node:fs/promises';
import process from 'node:process';

export const usage = `Usage: npx cm-widgets validate [options] <file|URL|->…

Checks each feed (a file, an http(s) URL, or - for standard input) by the rules the
elements apply in the browser, and prints every problem with its JSON path, the item's id
or title, and the elements' own words.

Options:
  --kind <kind>     read a bare list as stories, quotes, webinars or ideas (by default
                    the kind its fields fit best); in a feed object, check only that kind
  --json            print one JSON document (for CI; see the README for its shape)
  --timeout <ms>    how long to wait for a URL (default 10000)
  -h, --help        this help

Exit code: 0 every feed is usable (warnings allowed), 1 some item is skipped or a feed
cannot be used as it is, 2 some feed is unreadable (not JSON, an HTML page, over 5 MB, an
HTTP or network error).
`;

const KINDS = ['stories', 'quotes', 'webinars', 'ideas'];

/** The validator's core, from the npm build. */
async function core() {
  try {
    return await import(new URL('../dist/content/validate.js', import.meta.url).href);
  } catch (e) {
    if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    throw new UsageError('dist/content/validate.js is missing: run `npm run build` first.');
  }
}

class UsageError extends Error {}

function parseArgs(args) {
  const options = {json: false, kind: undefined, timeout: 10_000, sources: [], help: false};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      if (i + 1 >= args.length) throw new UsageError(`${arg} needs a value.`);
      return args[++i];
    };
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--kind' || arg.startsWith('--kind=')) {
      options.kind = arg.includes('=') ? arg.slice(7) : value();
      if (!KINDS.includes(options.kind)) throw new UsageError(`--kind is one of ${KINDS.join(', ')}.`);
    } else if (arg === '--timeout' || arg.startsWith('--timeout=')) {
      options.timeout = Number(arg.includes('=') ? arg.slice(10) : value());
      if (!(options.timeout > 0 && options.timeout <= 2 ** 31 - 1)) throw new UsageError('--timeout is milliseconds.');
    } else if (arg === '--') {
      options.sources.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}.`);
    else options.sources.push(arg);
  }
  return options;
}

/**
 * The text of a byte stream, read with a byte counter as the browser's feed reader does:
 * past `max` bytes it stops at once. `TextDecoder` drops a byte-order mark, as browsers do.
 */
async function readCapped(chunks, max) {
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for await (const chunk of chunks) {
    bytes += chunk.byteLength;
    if (bytes > max) return undefined;
    text += decoder.decode(chunk, {stream: true});
  }
  return text + decoder.decode();
}

/** A feed's text, or why it has none: `{text}` or `{error}` (an Unreadable). */
async function read(source, {timeout}, {MAX_FEED_BYTES, parseFeed, tooLarge}) {
  if (/^https?:\/\//i.test(source)) {
    let res;
    try {
      res = await fetch(source, {
        signal: AbortSignal.timeout(timeout),
        headers: {Accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1'},
      });
    } catch (e) {
      if (e?.name === 'TimeoutError') return {error: {kind: 'timeout', message: `no answer within ${timeout} ms`}};
      return {error: {kind: 'network', message: `network error (${e?.cause?.message ?? e?.message ?? e})`}};
    }
    if (!res.ok) {
      res.body?.cancel().catch(() => {});
      return {error: {kind: 'http', message: `HTTP ${res.status} ${res.statusText}`.trim(), status: res.status}};
    }
    // Content-Length cannot be trusted for the limit (a compressed body announces its
    // compressed size, a streamed one none): it only refuses early.
    if (Number(res.headers.get('content-length')) > MAX_FEED_BYTES) {
      res.body?.cancel().catch(() => {});
      return {error: tooLarge()};
    }
    let text;
    try {
      text = res.body ? await readCapped(res.body, MAX_FEED_BYTES) : '';
    } catch (e) {
      const message = e?.name === 'TimeoutError' ? `no answer within ${timeout} ms` : `network error (${e?.message})`;
      return {error: {kind: e?.name === 'TimeoutError' ? 'timeout' : 'network', message}};
    }
    if (text === undefined) return {error: tooLarge()};
    return parseFeed(text, {contentType: res.headers.get('content-type'), status: res.status});
  }
  if (source === '-') {
    const text = await readCapped(process.stdin, MAX_FEED_BYTES);
    return text === undefined ? {error: tooLarge()} : parseFeed(text);
  }
  let file;
  try {
    if ((await stat(source)).size > MAX_FEED_BYTES) return {error: tooLarge()};
    file = await open(source);
    const text = await readCapped(file.createReadStream(), MAX_FEED_BYTES);
    return text === undefined ? {error: tooLarge()} : parseFeed(text);
  } catch (e) {
    const why = {ENOENT: 'no such file', EISDIR: 'a directory, not a file', EACCES: 'not allowed to read it'}[e?.code];
    return {error: {kind: 'file', message: why ?? e?.message ?? String(e)}};
  } finally {
    await file?.close();
  }
}

/** What one feed gives, as the JSON output has it. */
async function check(source, options, lib) {
  const result = await read(source, options, lib);
  if (result.error) {
    return {
      source,
      readable: false,
      error: result.error,
      message: `could not use the feed "${source}": ${result.error.message}.`,
      summary: 'unreadable',
    };
  }
  return {source, readable: true, ...lib.validateFeed(result.data, {source, kind: options.kind})};
}

const exitCode = (file) => (!file.readable ? 2 : file.errors ? 1 : 0);

/** The findings of one feed, for people. */
function print(file, out) {
  out.push(file.source);
  if (!file.readable) {
    out.push(`  unreadable  ${file.message}`);
    return;
  }
  if (file.list?.guessed) out.push(`  (a bare list, read as ${file.list.kind}: --kind to choose)`);
  for (const f of file.findings) {
    const where = [f.path, f.id !== undefined && `id ${JSON.stringify(f.id)}`, f.title && JSON.stringify(f.title)];
    out.push(`  ${f.severity.padEnd(10)}  ${where.filter(Boolean).join(' · ')}`);
    out.push(`  ${''.padEnd(10)}  ${f.message}`);
  }
  out.push(`  ${file.summary}`);
}

/** Runs the command; resolves to the exit code. */
export async function main(args) {
  let options;
  try {
    options = parseArgs(args);
    if (options.help) {
      process.stdout.write(usage);
      return 0;
    }
    if (!options.sources.length) throw new UsageError('give at least one file or URL.');
    const lib = await core();
    const files = [];
    for (const source of options.sources) files.push(await check(source, options, lib));
    const code = Math.max(...files.map(exitCode));
    if (options.json) {
      process.stdout.write(JSON.stringify({files, exitCode: code}, null, 2) + '\n');
    } else {
      const out = [];
      for (const file of files) print(file, out);
      if (files.length > 1) {
        const counts = [0, 1, 2].map((c) => files.filter((f) => exitCode(f) === c).length);
        const parts = [
          `${counts[0]} usable`,
          counts[1] && `${counts[1]} with errors`,
          counts[2] && `${counts[2]} unreadable`,
        ];
        out.push(`${files.length} feeds: ${parts.filter(Boolean).join(', ')}`);
      }
      process.stdout.write(out.join('\n') + '\n');
    }
    return code;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`cm-widgets validate: ${e.message}\n\n${usage}`);
    return 2;
  }
}
