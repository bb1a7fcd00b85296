// Part of `npm run localize`, after `lit-localize build`: moves the map's messages (ids
// `map-…`) out of each locale module into a module of their own beside it,
// generated/map/map-<locale>.ts. A page loads a locale module whenever it is in that
// language, but the map's messages only with the map (src/ideas-map/translations.ts): a
// page without a map pays nothing for them, and each locale module stays under its ceiling.
import {readFileSync, mkdirSync, writeFileSync} from 'node:fs';

const config = JSON.parse(readFileSync(new URL('../lit-localize.json', import.meta.url), 'utf8'));
const dir = new URL(`../${config.output.outputDir.replace(/^\.\//, '')}/`, import.meta.url);
const out = new URL('../map/', dir);
mkdirSync(out, {recursive: true});

for (const locale of config.targetLocales) {
  const file = new URL(`${locale}.ts`, dir);
  const lines = readFileSync(file, 'utf8').split('\n');
  // lit-localize writes one entry per line: `'id': \`text\`,` (or str`…`; the map has no html`…` messages).
  const isMap = (line) => /^\s*'map-[^']*':/.test(line);
  const moved = lines.filter(isMap);
  for (const line of moved) {
    if (!line.trimEnd().endsWith('`,')) throw new Error(`${locale}: a map message spans lines: ${line}`);
  }
  writeFileSync(file, lines.filter((line) => !isMap(line)).join('\n'));
  writeFileSync(
    new URL(`map-${locale}.ts`, out),
    [
      '// Do not modify this file by hand! `npm run localize` writes it (scripts/split-map-locales.mjs):',
      `// the map's messages, merged into the ${locale} module's templates when a map is on the page`,
      '// (src/ideas-map/translations.ts).',
      ...(moved.some((line) => line.includes('str`')) ? ["import {str} from '@lit/localize';"] : []),
      '',
      '/* eslint-disable no-irregular-whitespace */',
      'export const templates = {',
      ...moved.map((line) => `  ${line.trim()}`),
      '};',
      '',
    ].join('\n')
  );
  console.log(`${locale}: ${moved.length} map messages in generated/map/map-${locale}.ts`);
}
