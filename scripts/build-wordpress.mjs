// Builds the WordPress plugin: wordpress/ plus the script-tag build (dist/cm-widgets.js and
// the files it loads from beside itself) into dist/wordpress/cm-widgets/, its translations
// compiled (.pot, .mo, the editor's JSON), every PHP file linted when PHP is installed, and
// dist/cm-widgets-wordpress.zip (top folder cm-widgets/). Run after `npm run build`
// (`npm run build:wordpress` does both).
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {extract, jed, keyOf, missing, mo, parsePo, pot} from './wordpress-i18n.mjs';
import {zip} from './zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'wordpress');
const dist = join(root, 'dist');
const stage = join(dist, 'wordpress');
const plugin = join(stage, 'cm-widgets');
const zipFile = join(dist, 'cm-widgets-wordpress.zip');
// Files of wordpress/ that are not part of the plugin.
const NOT_SHIPPED = new Set(['syntax.js']);

const fail = (message) => {
  console.error(`build:wordpress: ${message}`);
  process.exit(1);
};

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? [path + '/', ...walk(path)] : [path];
    });

if (!existsSync(join(dist, 'cm-widgets.js'))) fail('dist/cm-widgets.js is missing: run `npm run build` first.');

// 1. The plugin's own files, then the library beside the editor script.
rmSync(stage, {recursive: true, force: true});
rmSync(zipFile, {force: true});
mkdirSync(plugin, {recursive: true});
cpSync(source, plugin, {recursive: true, filter: (path) => !NOT_SHIPPED.has(relative(source, path))});
const library = readdirSync(dist).filter((name) => /^cm-widgets[\w.-]*\.(js|css|json)$/.test(name));
for (const name of library) cpSync(join(dist, name), join(plugin, 'assets', name));

// 2. One version everywhere: package.json, the plugin header, its constant, readme.txt.
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const main = readFileSync(join(plugin, 'cm-widgets.php'), 'utf8');
const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
const found = [
  /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1],
  /define\(\s*'CM_WIDGETS_VERSION',\s*'([^']+)'/.exec(main)?.[1],
  /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
];
if (found.some((v) => v !== version)) fail(`version mismatch: package.json ${version}, plugin ${found.join(' / ')}`);

// 3. Translations: the template, then each .po checked complete and compiled.
const texts = walk(plugin)
  .filter((path) => /\.(php|json)$/.test(path) || path.endsWith('assets/editor.js'))
  .filter((path) => !/\/assets\/cm-widgets[^/]*$/.test(path))
  .map((path) => ({path: relative(plugin, path), text: readFileSync(path, 'utf8')}));
const template = extract(texts);
writeFileSync(
  join(plugin, 'languages', 'cm-widgets.pot'),
  pot(template, {project: 'Cities of Migration widgets', version})
);
const editorStrings = new Set(extract(texts.filter((t) => t.path === 'assets/editor.js')).map(keyOf));
const languages = readdirSync(join(plugin, 'languages')).filter((name) => name.endsWith('.po'));
for (const name of languages) {
  const locale = /^cm-widgets-(.+)\.po$/.exec(name)?.[1];
  if (!locale) fail(`languages/${name}: expected cm-widgets-<locale>.po`);
  const po = parsePo(readFileSync(join(plugin, 'languages', name), 'utf8'));
  const untranslated = missing(template, po);
  if (untranslated.length) {
    fail(
      `languages/${name} lacks ${untranslated.length} translation(s):\n` +
        untranslated.map((e) => `  ${e.msgctxt ? `[${e.msgctxt}] ` : ''}${e.msgid}`).join('\n')
    );
  }
  writeFileSync(join(plugin, 'languages', `cm-widgets-${locale}.mo`), mo(po));
  writeFileSync(
    join(plugin, 'languages', `cm-widgets-${locale}-cm-widgets-editor.json`),
    jed(po, editorStrings, locale)
  );
}

// 4. php -l on every PHP file, when PHP is there (the end-to-end test always has it).
const phpFiles = walk(plugin).filter((path) => path.endsWith('.php'));
const php = spawnSync('php', ['-v'], {encoding: 'utf8'});
if (php.status === 0) {
  for (const file of phpFiles) {
    const lint = spawnSync('php', ['-l', file], {encoding: 'utf8'});
    if (lint.status !== 0) fail(`php -l ${relative(plugin, file)}:\n${lint.stdout}${lint.stderr}`);
  }
  console.log(`php -l: ${phpFiles.length} files, no syntax errors (${php.stdout.split('\n')[0]})`);
} else {
  console.log('php -l: skipped (no php on PATH; `npm run test:wordpress` installs it)');
}

// 5. The zip.
const entries = walk(plugin).map((path) => ({
  name: 'cm-widgets/' + relative(plugin, path).split('\\').join('/') + (path.endsWith('/') ? '/' : ''),
  data: path.endsWith('/') ? undefined : readFileSync(path),
}));
const archive = zip([{name: 'cm-widgets/'}, ...entries]);
writeFileSync(zipFile, archive);
console.log(
  `${relative(root, zipFile)}: ${(archive.length / 1024).toFixed(1)} KB, ${entries.filter((e) => e.data).length} files ` +
    `(library: ${library.join(', ')}; cm-widgets.js ${(gzipSync(readFileSync(join(dist, 'cm-widgets.js'))).length / 1024).toFixed(1)} KB gzip); ` +
    `translations: ${languages.join(', ') || 'none'}, ${template.length} strings`
);
