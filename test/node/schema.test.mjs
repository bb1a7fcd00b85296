// schema/content.schema.json agrees with the elements: on every case of the shared corpus
// (test/fixtures/feeds/), the schema accepts an item exactly when the element shows it
// without a warning, and a document exactly when every element that reads it does so;
// the few known exceptions are listed in exceptions.json, checked and printed.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {describe, test} from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import {DEFS, EXCEPTIONS, documentCases, itemCases} from './corpus.mjs';
import {LANG_TAG, documentVerdict, hasOffset, itemVerdict, readDate, safeUrl} from './elements.mjs';

const schemaFile = new URL('../../schema/content.schema.json', import.meta.url);
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
const ID = schema.$id;

// Strict, and told of VS Code's `patternErrorMessage`; the open tuples of the JSON Feed
// author rule are deliberate (strictTuples would want them closed).
const ajv = new Ajv2020({allErrors: true, strictTypes: true, strictTuples: false});
ajv.addKeyword('patternErrorMessage');
const validateFeed = ajv.compile(schema);
const validator = (pointer) => ajv.getSchema(`${ID}#${pointer}`);

/** `valid` or `invalid`, with ajv's errors. */
function check(validate, data) {
  const ok = validate(data);
  return {verdict: ok ? 'valid' : 'invalid', errors: validate.errors ?? []};
}

const show = (errors) =>
  errors
    .slice(0, 6)
    .map((e) => `${e.instancePath || '/'} ${e.message}`)
    .join('; ');

/** Whether one of the schema's errors is about `field` of the item (or about the item itself). */
const touches = (errors, field) =>
  errors.some((e) =>
    field
      ? e.instancePath === `/${field}` ||
        e.instancePath.startsWith(`/${field}/`) ||
        (e.keyword === 'required' && e.params.missingProperty === field)
      : e.instancePath === ''
  );

const items = itemCases();
const documents = documentCases();

describe('the schema', () => {
  test('is JSON Schema 2020-12 with a versioned $id, and compiles in strict mode', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.match(ID, /^https:\/\/citiesofmigration\.ca\/widgets\/schema\/\d+\/content\.schema\.json$/);
    assert.equal(typeof validateFeed, 'function');
    for (const kind of Object.values(DEFS)) assert.ok(validator(`/$defs/${kind}`), kind);
  });

  test('has a title, a description and examples on every definition and every field', () => {
    const missing = [];
    const visit = (node, path) => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${path}/${i}`));
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        // Conditions (if/then/else, not) restate fields described elsewhere.
        if (['examples', 'if', 'then', 'else', 'not'].includes(key)) continue;
        if (key === 'properties' || (key === '$defs' && path === '')) {
          for (const [name, s] of Object.entries(value)) {
            for (const k of ['title', 'description']) if (!s[k]) missing.push(`${path}/${key}/${name}: ${k}`);
            if (!s.examples?.length) missing.push(`${path}/${key}/${name}: examples`);
          }
        }
        visit(value, `${path}/${key}`);
      }
    };
    visit(schema, '');
    assert.deepEqual(missing, []);
    assert.ok(schema.title && schema.description && schema.examples.length);
  });

  test('accepts its own examples, each against the schema it illustrates', () => {
    const failures = [];
    const visit = (node, pointer) => {
      if (typeof node !== 'object' || node === null) return;
      for (const example of Array.isArray(node.examples) ? node.examples : []) {
        // A field's examples are its values, not items: check them against the field itself.
        const validate = pointer ? validator(pointer) : validateFeed;
        if (!validate(example))
          failures.push(`${pointer || '/'}: ${JSON.stringify(example)}: ${show(validate.errors)}`);
      }
      for (const [key, value] of Object.entries(node)) {
        if (key === 'examples' || typeof value !== 'object' || value === null) continue;
        const escaped = key.replaceAll('~', '~0').replaceAll('/', '~1');
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${pointer}/${escaped}/${i}`));
        else visit(value, `${pointer}/${escaped}`);
      }
    };
    visit(schema, '');
    assert.deepEqual(failures, []);
  });

  test('reads language tags as the elements do', () => {
    const tags = [
      'en',
      'fr-CA',
      'zh-Hant-TW',
      'EN',
      'ast',
      'en-x-1',
      'e',
      'english',
      'en_CA',
      '__proto__',
      'fr-',
      'de-123456789',
      '',
    ];
    const validate = validator('/$defs/languageTag');
    for (const tag of tags) assert.equal(validate(tag), LANG_TAG.test(tag), JSON.stringify(tag));
  });

  test('reads URLs as the elements do (random strings from URL pieces)', () => {
    const validate = validator('/$defs/url');
    // Leaves out what exceptions.json lists: https: without // (host-forms) and what only
    // the URL parser knows of hosts (url-host: IPv4 numbers, percent-escapes, IDNA).
    const piece = fc.constantFrom(
      ...[
        'http',
        'https',
        'HtTpS',
        'javascript',
        'data',
        'mailto',
        ':',
        '://',
        '/',
        '\\',
        '?',
        '#',
        '@',
        '.',
        'x',
        'org',
      ],
      ...[
        'é',
        '-',
        '+',
        '_',
        '~',
        ' ',
        '\t',
        '\n',
        '\r',
        '\u0000',
        '\u001f',
        '\u00a0',
        '[',
        ']',
        '[::1]',
        '|',
        '<',
        '^',
      ]
    );
    const url = fc.array(piece, {maxLength: 10}).map((a) => a.join(''));
    const hostForm = (s) => /^https:(?![/\\]{2})/i.test(s.replace(/^[\0- ]+|[\t\n\r]/g, ''));
    fc.assert(
      fc.property(url, (s) => hostForm(s) || validate(s) === (safeUrl(s) !== undefined)),
      {numRuns: 20000, seed: 17}
    );
  });

  test('reads dates as the elements do (random dates, times and offsets, real and impossible)', () => {
    const date = validator('/$defs/date');
    const webinarDate = validator('/$defs/webinarDate');
    const two = (max) => fc.integer({min: 0, max}).map((n) => String(n).padStart(2, '0'));
    const year = fc.constantFrom('2000', '1900', '2020', '2019', '2024', '2100', '0000', '1600', '9999');
    const time = fc.tuple(
      fc.constantFrom('T', 't', ' ', 'x'),
      two(25),
      two(61),
      fc.option(fc.tuple(two(61), fc.option(fc.constantFrom('.1', '.123', '.123456789', '.')))),
      fc.option(
        fc.oneof(
          fc.constantFrom('Z', 'z', '+05', '-0'),
          fc.tuple(fc.constantFrom('+', '-'), two(25), fc.constantFrom(':', ''), two(61))
        )
      )
    );
    const value = fc
      .tuple(year, two(13), two(32), fc.option(time), fc.constantFrom('', '', ' (Monday)', 'Z'))
      .map(([y, m, d, t, tail]) => {
        const flat = (x) => (Array.isArray(x) ? x.map(flat).join('') : (x ?? ''));
        return `${y}-${m}-${d}${t ? flat(t).replace(/^x/, '') : ''}${tail}`;
      });
    fc.assert(
      fc.property(value, (s) => {
        const iso = readDate(s);
        return date(s) === (iso !== undefined) && webinarDate(s) === (iso !== undefined && hasOffset(iso));
      }),
      {numRuns: 20000, seed: 17}
    );
  });

  test('is exported by the package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    assert.ok(pkg.files.includes('schema/'), 'package.json "files" lists schema/');
    const resolved = createRequire(import.meta.url).resolve(`${pkg.name}/schema/content.schema.json`);
    assert.equal(resolved, schemaFile.pathname);
  });
});

describe('items: schema-valid ⟺ the element shows the item without a warning', () => {
  for (const c of items) {
    test(c.label, () => {
      const {verdict, problems} = itemVerdict(c.kind, c.item);
      assert.equal(verdict, c.elements, `the elements: ${problems.join('; ')}`);
      if (verdict !== 'show' && c.field) {
        assert.ok(
          problems.some((p) => p.includes(`"${c.field}"`)),
          `the elements' words name "${c.field}": ${problems}`
        );
      }
      const {verdict: schemaVerdict, errors} = check(validator(`/$defs/${DEFS[c.kind]}`), c.item);
      assert.equal(schemaVerdict, c.schema, `the schema: ${show(errors)}`);
      if (schemaVerdict === 'invalid') {
        assert.ok(touches(errors, c.field), `the schema's errors are about ${c.field ?? 'the item'}: ${show(errors)}`);
      }
      if (verdict !== 'show' || schemaVerdict === 'invalid') assert.ok(c.rule, 'a bad case names the rule it breaks');
      if (c.exception) {
        assert.ok(EXCEPTIONS[c.exception], `"${c.exception}" is listed in exceptions.json`);
        assert.notEqual(schemaVerdict === 'valid', verdict === 'show', 'an exception is a disagreement');
      }
    });
  }
});

describe('documents: schema-valid ⟺ every element reading it shows every item without a warning', () => {
  for (const d of documents) {
    test(d.label, () => {
      const text = readFileSync(d.file, 'utf8');
      if (!d.readable) return assert.throws(() => JSON.parse(text), SyntaxError);
      const data = JSON.parse(text);
      const {ok, problems} = documentVerdict(data, d.kind);
      assert.equal(ok, d.valid, `the elements: ${problems.slice(0, 4).join('; ')}`);
      const validate = Array.isArray(data) && d.kind ? validator(`/$defs/${d.kind}`) : validateFeed;
      const {verdict, errors} = check(validate, data);
      assert.equal(verdict, d.schema, `the schema: ${show(errors)}`);
      if (Array.isArray(data)) {
        // The root cannot know a bare list's kind: it accepts a list whose items some element shows.
        assert.equal(check(validateFeed, data).verdict === 'valid', documentVerdict(data).ok, 'any kind');
      }
      if (!d.valid || verdict === 'invalid') assert.ok(d.rule, 'a bad document names the rule it breaks');
      if (d.exception) {
        assert.ok(EXCEPTIONS[d.exception], `"${d.exception}" is listed in exceptions.json`);
        assert.notEqual(verdict === 'valid', ok, 'an exception is a disagreement');
      }
      assert.equal({}.polluted, undefined, 'Object.prototype is untouched');
    });
  }
});

test('the exceptions are few, each listed, each used', () => {
  const cases = [...items, ...documents].filter((c) => c.exception);
  const reasons = Object.keys(EXCEPTIONS);
  assert.deepEqual(
    reasons.filter((id) => !cases.some((c) => c.exception === id)),
    [],
    'each listed reason has a case'
  );
  assert.ok(reasons.length <= 8, `${reasons.length} reasons for disagreeing: keep them few`);
  const width = Math.max(...reasons.map((id) => id.length));
  const names = (id) => [...new Set(cases.filter((c) => c.exception === id).map((c) => c.name))];
  const lines = [`Known disagreements (test/fixtures/feeds/exceptions.json): ${reasons.length} reasons`];
  lines.push(`  ${'reason'.padEnd(width)}  cases  elements → schema`);
  for (const id of reasons) {
    const {elements, schema: says} = EXCEPTIONS[id];
    lines.push(`  ${id.padEnd(width)}  ${String(names(id).length).padStart(5)}  ${elements} → ${says}`);
    for (const name of names(id)) lines.push(`  ${' '.repeat(width)}         ${name}`);
  }
  console.log(lines.join('\n'));
});
