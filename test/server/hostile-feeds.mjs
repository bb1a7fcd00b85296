// Koa middleware for the test server: answers that attack the reader rather than the parser.
//   /hostile/bomb/<key>?mb=200   a gzip stream that inflates to <mb> MB of JSON whitespace,
//                                 made lazily; no Content-Length (the compressed size would lie)
//   /hostile/bomb-made/<key>     {"mb": n, "closed": bool}: how many MB the bomb had made when
//                                 the browser stopped reading (closed), or so far
//   /hostile/deep-version?depth=n a JSON Feed whose "version" is nested n arrays deep
import {PassThrough} from 'node:stream';
import {createGzip} from 'node:zlib';

const bombs = new Map();
const MB = 1 << 20;

export async function hostileFeeds(ctx, next) {
  if (!ctx.path.startsWith('/hostile/')) return next();
  const [, , kind, key] = ctx.path.split('/');
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'bomb') {
    const total = Math.min(Number(ctx.query.mb ?? 200), 1000);
    const state = {mb: 0, closed: false};
    bombs.set(key, state);
    const gzip = createGzip();
    const out = new PassThrough();
    gzip.pipe(out);
    const chunk = Buffer.alloc(MB, ' ');
    // One MB at a time, only as fast as the browser reads: a reader that stops early stops it.
    const pump = () => {
      while (state.mb < total && !state.closed) {
        state.mb++;
        if (!gzip.write(chunk)) return gzip.once('drain', pump);
      }
      if (!state.closed) gzip.end('[]');
    };
    ctx.req.on('close', () => {
      state.closed = true;
      gzip.destroy();
    });
    out.on('close', () => (state.closed = true));
    ctx.set('Content-Encoding', 'gzip');
    ctx.type = 'application/json';
    ctx.body = out;
    pump();
  } else if (kind === 'deep-version') {
    const depth = Math.min(Number(ctx.query.depth ?? 100000), 1_000_000);
    ctx.type = 'application/json';
    ctx.body = `{"version": ${'['.repeat(depth)}"https://jsonfeed.org/version/1.1"${']'.repeat(depth)}, "items": []}`;
  } else if (kind === 'bomb-made') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bombs.get(key) ?? {mb: 0, closed: false});
  } else {
    ctx.status = 404;
  }
}
