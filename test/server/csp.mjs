// Koa middleware for the test server: pages under /test/csp/ are served with the strict
// Content-Security-Policy and Trusted Types enforcement a cautious city site would use.
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

export async function strictCsp(ctx, next) {
  await next();
  if (ctx.path.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
}
