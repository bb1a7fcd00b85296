// `npx cm-widgets render <feed.json|URL> --element <tag> [--id ID] [--lang LANG]
// [--attr name=value]… [--css URL] [--time-zone ZONE]`: paste-in prerendered HTML. The
// renderer is the package's own elements rendered by Lit's server build (dist/server/).
import {existsSync} from 'node:fs';

export async function main(args) {
  const renderer = new URL('../dist/server/render.mjs', import.meta.url);
  if (!existsSync(renderer)) {
    process.stderr.write('cm-widgets render: dist/server/render.mjs is missing: run `npm run build` first.\n');
    return 2;
  }
  const {main: render} = await import(renderer.href);
  return render(['render', ...args]).catch((error) => {
    process.stderr.write(`cm-widgets render: ${error.message}\n`);
    return 1;
  });
}
