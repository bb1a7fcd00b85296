// The shared good/bad fixture corpus (test/fixtures/feeds/, described in its README.md),
// read into flat lists of cases: one for items (including each field value placed in its
// host items) and one for whole documents. For the schema test here, and for the
// validator's tests later.
import {readdirSync, readFileSync} from 'node:fs';

const root = new URL('../fixtures/feeds/', import.meta.url);
const read = (path, base = root) => JSON.parse(readFileSync(new URL(path, base), 'utf8'));

/** The singular name of each kind: its item's definition in the schema (`#/$defs/story`). */
export const DEFS = {stories: 'story', quotes: 'quote', webinars: 'webinar', ideas: 'idea'};

/** Known disagreements between the schema and the elements, by id. */
export const EXCEPTIONS = read('exceptions.json').exceptions;

const schema = read('../../../schema/content.schema.json', root);
const required = (kind, field) => schema.$defs[DEFS[kind]].required.includes(field);

/**
 * Every item case: `name` (the fixture's), `label` (with the host field of a value), `kind`, the raw `item`, what the `elements` do with it (`show`,
 * `warn`, `skip`), what the `schema` says (`valid` when the elements show it, else
 * `invalid`, unless the case is a listed `exception`), and for bad cases the `field`
 * concerned and the `rule` broken.
 */
export function itemCases() {
  const cases = [];
  const expectSchema = (c, elements) => c.schema ?? (elements === 'show' ? 'valid' : 'invalid');
  for (const file of readdirSync(new URL('items/', root)).sort()) {
    const {kind, cases: list} = read(`items/${file}`);
    for (const c of list) {
      const name = `items/${file}: ${c.name}`;
      cases.push({...c, name, label: name, kind, schema: expectSchema(c, c.elements)});
    }
  }
  for (const file of readdirSync(new URL('values/', root)).sort()) {
    const {hosts: fileHosts, groups} = read(`values/${file}`);
    for (const {name, hosts = fileHosts, cases: list} of groups) {
      for (const {kind, item, field} of hosts) {
        for (const c of list) {
          const caseName = `values/${file} ${name}: ${JSON.stringify(c.value)?.slice(0, 60)}`;
          const elements = c.accepted ? 'show' : required(kind, field) ? 'skip' : 'warn';
          cases.push({
            ...c,
            name: caseName,
            label: `${caseName} as ${kind}.${field}`,
            kind,
            // Built with a spread of plain keys: the host items hold no __proto__ key.
            item: {...item, [field]: c.value},
            field,
            elements,
            schema: expectSchema(c, elements),
          });
        }
      }
    }
  }
  return cases;
}

/**
 * Every document case: `label`, `file` (a URL), `kind` for a bare array, whether it is
 * `readable` JSON, `valid` (every element that reads it shows every item without a
 * warning), the `schema` verdict expected, and the `rule` a bad document breaks.
 */
export function documentCases() {
  const base = new URL('documents.json', root);
  return read(base).documents.map((d) => ({
    ...d,
    name: `documents: ${d.file}`,
    label: `documents: ${d.file}`,
    file: new URL(d.file, base),
    readable: d.readable ?? true,
    schema: d.schema ?? (d.valid ? 'valid' : 'invalid'),
  }));
}
