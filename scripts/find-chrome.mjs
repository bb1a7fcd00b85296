// Finds the Chromium/Chrome that runs the tests: CHROME_PATH, else the usual names on PATH.
// Exits with a message a newcomer can act on when there is none.
import {accessSync, constants, existsSync} from 'node:fs';
import {delimiter, join} from 'node:path';
import {pathToFileURL} from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const executable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findChrome() {
  if (process.env.CHROME_PATH) {
    return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  }
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const file = join(dir, name);
      if (dir && executable(file)) return file;
    }
  }
  return undefined;
}

/** Flags for headless Chromium on a CI box, possibly as root, with no outside network. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  // Test pages run side by side in background tabs: keep their timers and frames running.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

/**
 * For the scripts that measure the built bundle (size, bench, audit): exits with what to do
 * when dist/cm-widgets.js is missing, or (with `chrome`) when no browser is found; returns
 * the browser's path.
 */
export function preflight({chrome = true} = {}) {
  if (!existsSync('dist/cm-widgets.js')) {
    console.error('dist/cm-widgets.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const found = chrome ? findChrome() : undefined;
  if (chrome && !found) {
    console.error('No Chrome/Chromium found: set CHROME_PATH or install chromium (see README).');
    process.exit(1);
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = findChrome();
  if (!found) {
    console.error(
      'No Chrome or Chromium found for the tests.\n' +
        (process.env.CHROME_PATH
          ? `CHROME_PATH is set to "${process.env.CHROME_PATH}", which is not an executable file.\n`
          : '') +
        'Set CHROME_PATH to a Chrome/Chromium executable, or install one:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  macOS: install Google Chrome, then export CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"'
    );
    process.exit(1);
  }
  console.log(`Testing in ${found}`);
}
