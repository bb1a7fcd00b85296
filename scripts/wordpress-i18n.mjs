// The WordPress plugin's translations without system gettext: strings extracted from the
// plugin's PHP, JS, elements.json and block.json files (a .pot), .po files read, and
// written as .mo (for PHP) and Jed JSON (for the editor script), as WordPress loads them.
import {readFileSync} from 'node:fs';

const DOMAIN = 'cm-widgets';

// A single-quoted PHP/JS string literal, with \' and \\ escapes.
const STR = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (s) => s.replace(/\\(['\\])/g, '$1');
const CALLS = [
  // __( 'text', 'cm-widgets' ) and the escaping variants.
  {
    re: new RegExp(
      String.raw`\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*${STR}\s*,\s*'${DOMAIN}'\s*\)`,
      'g'
    ),
    make: (m) => ({msgid: unquote(m[1])}),
  },
  {
    re: new RegExp(String.raw`\b_x\(\s*${STR}\s*,\s*${STR}\s*,\s*'${DOMAIN}'\s*\)`, 'g'),
    make: (m) => ({msgid: unquote(m[1]), msgctxt: unquote(m[2])}),
  },
  {
    re: new RegExp(String.raw`\b_n\(\s*${STR}\s*,\s*${STR}\s*,[^,]+,\s*'${DOMAIN}'\s*\)`, 'g'),
    make: (m) => ({msgid: unquote(m[1]), msgid_plural: unquote(m[2])}),
  },
];

const keyOf = (e) => (e.msgctxt ? `${e.msgctxt}\u0004` : '') + e.msgid;

/**
 * Extracts the translatable strings. `files` are {path, text} (path relative to the plugin
 * folder). Returns entries {msgid, msgctxt?, msgid_plural?, refs: [], comments: []} in order.
 */
export function extract(files) {
  const entries = new Map();
  const add = (entry, ref, comment) => {
    if (!entry.msgid) return;
    const key = keyOf(entry);
    const existing = entries.get(key) ?? {...entry, refs: [], comments: []};
    existing.refs.push(ref);
    if (comment && !existing.comments.includes(comment)) existing.comments.push(comment);
    entries.set(key, existing);
  };
  for (const {path, text} of files) {
    if (/\.(php|js)$/.test(path)) {
      for (const {re, make} of CALLS) {
        for (const m of text.matchAll(re)) {
          const line = text.slice(0, m.index).split('\n').length;
          // A "translators:" comment ending on one of the two lines above.
          const before = text.slice(0, m.index).split('\n').slice(-3).join('\n');
          const comment = /\/\*\s*translators:\s*([\s\S]*?)\s*\*\/[^\n]*\n?[^\n]*$/.exec(before)?.[1];
          add(make(m), `${path}:${line}`, comment && `translators: ${comment}`);
        }
      }
      if (path.endsWith('.php')) {
        // The plugin header's name and description are translated by WordPress.
        for (const header of ['Plugin Name', 'Description']) {
          const value = new RegExp(String.raw`^\s*\*\s*${header}:\s*(.+)$`, 'm').exec(text)?.[1]?.trim();
          if (value && /Text Domain:\s*cm-widgets/.test(text)) add({msgid: value}, path, `${header} of the plugin`);
        }
      }
    } else if (path.endsWith('block.json')) {
      const block = JSON.parse(text);
      add({msgid: block.title, msgctxt: 'block title'}, path);
      add({msgid: block.description, msgctxt: 'block description'}, path);
      for (const keyword of block.keywords ?? []) add({msgid: keyword, msgctxt: 'block keyword'}, path);
    } else if (path.endsWith('elements.json')) {
      const spec = JSON.parse(text);
      const described = [
        ...Object.values(spec.elements).flatMap((element) => Object.values(element.attributes)),
        ...Object.values(spec.tokens),
      ];
      for (const attribute of described) {
        for (const msgid of [attribute.label, attribute.help, ...Object.values(attribute.options ?? {})]) {
          if (msgid) add({msgid}, path);
        }
      }
    }
  }
  return [...entries.values()];
}

const poString = (s) =>
  '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t') + '"';

/** A .pot file for the entries. */
export function pot(entries, {project, version}) {
  const head = [
    `# Translation template of ${project}.`,
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: ${project} ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    `"X-Domain: ${DOMAIN}\\n"`,
    '',
  ];
  const body = entries.map((e) =>
    [
      ...e.comments.map((c) => `#. ${c}`),
      `#: ${e.refs.join(' ')}`,
      ...(e.msgctxt ? [`msgctxt ${poString(e.msgctxt)}`] : []),
      `msgid ${poString(e.msgid)}`,
      ...(e.msgid_plural
        ? [`msgid_plural ${poString(e.msgid_plural)}`, 'msgstr[0] ""', 'msgstr[1] ""']
        : ['msgstr ""']),
      '',
    ].join('\n')
  );
  return head.join('\n') + '\n' + body.join('\n');
}

/** Reads a .po file: {headers, entries: [{msgid, msgctxt?, msgid_plural?, msgstr: []}]}. */
export function parsePo(text) {
  const entries = [];
  let current = null;
  let field = null;
  // The escapes .po files use (\n, \t, \", \\) are JSON's.
  const decode = (s) => JSON.parse(s);
  const flush = () => {
    if (current && current.msgid !== undefined) entries.push(current);
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) {
      if (!line) flush();
      continue;
    }
    const m = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$/.exec(line);
    if (m) {
      if (m[1] === 'msgctxt' || (m[1] === 'msgid' && current?.msgid !== undefined)) flush();
      current ??= {msgstr: []};
      const value = decode(m[3]);
      if (m[1].startsWith('msgstr')) {
        field = ['msgstr', Number(m[2] ?? 0)];
        current.msgstr[field[1]] = value;
      } else {
        field = [m[1]];
        current[m[1]] = value;
      }
    } else if (line.startsWith('"') && current && field) {
      if (field[0] === 'msgstr') current.msgstr[field[1]] += decode(line);
      else current[field[0]] += decode(line);
    } else {
      throw new Error(`Cannot read this .po line: ${raw}`);
    }
  }
  flush();
  const header = entries.find((e) => e.msgid === '' && !e.msgctxt);
  const headers = Object.fromEntries(
    (header?.msgstr[0] ?? '')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
  );
  return {headers, entries: entries.filter((e) => e !== header)};
}

/** Binary .mo (little-endian, no hash table), as PHP's and WordPress's MO readers take it. */
export function mo({headers, entries}) {
  const header = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\n`)
    .join('');
  const pairs = [
    ['', header],
    ...entries
      .filter((e) => e.msgstr.some(Boolean))
      .map((e) => [keyOf(e) + (e.msgid_plural ? `\0${e.msgid_plural}` : ''), e.msgstr.join('\0')]),
  ].sort(([a], [b]) => Buffer.from(a).compare(Buffer.from(b)));
  const n = pairs.length;
  const originals = pairs.map(([k]) => Buffer.from(k));
  const translations = pairs.map(([, v]) => Buffer.from(v));
  const tableStart = 28;
  let offset = tableStart + n * 16;
  const head = Buffer.alloc(tableStart + n * 16);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(n, 8);
  head.writeUInt32LE(tableStart, 12);
  head.writeUInt32LE(tableStart + n * 8, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(offset, 24);
  const chunks = [];
  [originals, translations].forEach((list, t) => {
    list.forEach((buf, i) => {
      const at = tableStart + t * n * 8 + i * 8;
      head.writeUInt32LE(buf.length, at);
      head.writeUInt32LE(offset, at + 4);
      chunks.push(buf, Buffer.from([0]));
      offset += buf.length + 1;
    });
  });
  return Buffer.concat([head, ...chunks]);
}

/** Jed 1.x JSON of the entries used by one script, as wp_set_script_translations() loads it. */
export function jed({headers, entries}, used, locale) {
  const messages = {
    '': {
      domain: 'messages',
      lang: headers.Language ?? locale,
      'plural-forms': headers['Plural-Forms'] ?? 'nplurals=2; plural=n != 1;',
    },
  };
  for (const e of entries) {
    if (used.has(keyOf(e)) && e.msgstr.some(Boolean)) messages[keyOf(e)] = e.msgstr;
  }
  return JSON.stringify({domain: 'messages', locale_data: {messages}});
}

/** Entries of the template that a .po leaves untranslated. */
export function missing(template, po) {
  const done = new Set(po.entries.filter((e) => e.msgstr.some(Boolean)).map(keyOf));
  return template.filter((e) => !done.has(keyOf(e)));
}

export {keyOf};

// Read a file as text (a convenience for callers).
export const readText = (file) => readFileSync(file, 'utf8');
