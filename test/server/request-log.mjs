// Test-runner command `request-log`: every request the test page starts, as the browser's
// DevTools protocol reports it (page.on('request')), whether or not it ever completes. A
// page can only see finished requests (Resource Timing), so "nothing was requested" needs
// the browser's word. The page ends a reading with barrier requests of its own (a fetch and
// an image, as Chromium issues image loads later than fetches): what it started before the
// barriers is in the log once they are, so no test waits a fixed time for a request that
// might (not) come.
//   {action: 'mark'}                      → the log's length now
//   {action: 'since', from, barriers}     → the URLs requested after mark `from`, up to the
//                                           last of `barriers`, the barriers left out
const logs = new Map();
const WAIT_MAX = 20_000;
/** The path of every barrier request (test/helpers.ts), left out of what a reading returns. */
const BARRIER = '/faulty/hits/barrier-';

export function requestLogPlugin() {
  return {
    name: 'request-log',
    async executeCommand({command, payload, session}) {
      if (command !== 'request-log') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('request-log needs the Chrome (puppeteer) launcher');
      let log = logs.get(session.id);
      if (!log) {
        log = {urls: [], wake: () => {}};
        const page = session.browser.getPage(session.id);
        page.on('request', (request) => {
          // The page's own requests. An iframe's belong to the iframe, which a test finds in
          // the DOM; and one that an earlier test removed may still report late.
          if (request.frame() !== page.mainFrame()) return;
          log.urls.push(request.url());
          log.wake();
        });
        logs.set(session.id, log);
      }
      if (payload.action === 'mark') return log.urls.length;
      const {from, barriers} = payload;
      const end = Date.now() + WAIT_MAX;
      const seen = () => barriers.every((barrier) => log.urls.includes(barrier, from));
      while (!seen()) {
        if (Date.now() > end) throw new Error(`request-log: the barriers ${barriers} never showed`);
        await new Promise((resolve) => {
          log.wake = resolve;
          setTimeout(resolve, 200);
        });
      }
      const last = Math.max(...barriers.map((barrier) => log.urls.indexOf(barrier, from)));
      return log.urls.slice(from, last).filter((url) => !barriers.includes(url) && !url.includes(BARRIER));
    },
  };
}
