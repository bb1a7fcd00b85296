// html-custom-data.json for VS Code's HTML language service (setting `html.customData`),
// generated from custom-elements.json by `npm run analyze` (so by `npm run build`).
// Tags with their description, events, CSS parts and custom properties; attributes with
// their description, default, the values of a string-literal union type, and boolean
// attributes marked as value-less. A type named by an alias (`kind: WebinarKind`) is resolved
// with the TypeScript checker on the element's source, since the manifest keeps only its name.
import {readFileSync, writeFileSync} from 'node:fs';
import ts from 'typescript';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifestPath = pkg.customElements ?? 'custom-elements.json';
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const OUT = 'html-custom-data.json';

const oneLine = (text = '') => text.replace(/\s*\n\s*/g, ' ').trim();

/** `'featured' | 'video' | undefined` → ['featured', 'video']; undefined unless all are string literals. */
function literalValues(typeText) {
  if (!typeText) return undefined;
  const members = typeText
    .split('|')
    .map((m) => m.trim())
    .filter((m) => m && m !== 'undefined' && m !== 'null');
  const literal = /^(['"`])(.*)\1$/;
  if (!members.length || !members.every((m) => literal.test(m))) return undefined;
  return members.map((m) => m.match(literal)[2]);
}

/** A default worth showing: a number or string literal (`3`, `'relevance'`), not a constant's name. */
function literalDefault(value) {
  if (value === undefined) return undefined;
  const v = String(value).trim();
  if (/^(['"`]).*\1$/.test(v)) return v.slice(1, -1) || undefined;
  if (/^-?\d+(\.\d+)?$/.test(v)) return v;
  return undefined;
}

/** Lazily, one TypeScript program over the manifest's modules, to resolve aliased types. */
let program;
function checkerFor(path) {
  program ??= ts.createProgram(
    manifest.modules.map((m) => m.path).filter((p) => p.endsWith('.ts')),
    {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      experimentalDecorators: true,
      noEmit: true,
      skipLibCheck: true,
    }
  );
  return {checker: program.getTypeChecker(), source: program.getSourceFile(path)};
}

/** String literal values of a class field's type, when it is an alias of a union of them. */
function resolvedValues(modulePath, className, fieldName) {
  const {checker, source} = checkerFor(modulePath);
  if (!source) return undefined;
  let values;
  const visit = (node) => {
    if (values !== undefined) return;
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const member of node.members) {
        if (member.name && ts.isIdentifier(member.name) && member.name.text === fieldName) {
          const type = checker.getNonNullableType(checker.getTypeAtLocation(member));
          const parts = type.isUnion() ? type.types : [type];
          values = parts.every((t) => t.isStringLiteral()) ? parts.map((t) => t.value) : null;
          return;
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return values ?? undefined;
}

function attribute(attr, modulePath, className) {
  const type = attr.type?.text;
  const named = type && /^[A-Z]\w*( \| undefined)?$/.test(type) && attr.fieldName;
  const values = literalValues(type) ?? (named ? resolvedValues(modulePath, className, attr.fieldName) : undefined);
  const fallback = type === 'boolean' ? undefined : literalDefault(attr.default);
  const description = [oneLine(attr.description), fallback === undefined ? '' : `Default: \`${fallback}\`.`]
    .filter(Boolean)
    .join(' ');
  const entry = {name: attr.name};
  if (description) entry.description = description;
  if (type === 'boolean') entry.valueSet = 'v';
  else if (values) entry.values = values.map((name) => ({name}));
  return entry;
}

function list(title, items, name = (x) => x.name) {
  if (!items?.length) return '';
  const line = (x) => `- \`${name(x)}\`${x.description ? ` — ${oneLine(x.description)}` : ''}`;
  return `**${title}:**\n${items.map(line).join('\n')}`;
}

function tag({declaration, modulePath}) {
  const description = [
    oneLine(declaration.description || declaration.summary),
    list('Events', declaration.events),
    list('Slots', declaration.slots, (s) => s.name || '(default)'),
    list('CSS parts', declaration.cssParts, (p) => `::part(${p.name})`),
    list('CSS custom properties', declaration.cssProperties),
  ]
    .filter(Boolean)
    .join('\n\n');
  const seen = new Set();
  const attributes = (declaration.attributes ?? [])
    .filter((a) => a.name && !seen.has(a.name) && seen.add(a.name))
    .map((a) => attribute(a, a.inheritedFrom?.module ?? modulePath, a.inheritedFrom?.name ?? declaration.name));
  return {name: declaration.tagName, description: {kind: 'markdown', value: description}, attributes};
}

const tags = manifest.modules
  .flatMap((m) => (m.declarations ?? []).map((declaration) => ({declaration, modulePath: m.path})))
  .filter(({declaration: d}) => d.customElement && d.tagName)
  .map(tag)
  .sort((a, b) => a.name.localeCompare(b.name));

if (!tags.length) {
  console.error(`${manifestPath} describes no custom element: nothing to write to ${OUT}.`);
  process.exit(1);
}

const data = {
  $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
  version: 1.1,
  tags,
};
writeFileSync(OUT, JSON.stringify(data, null, 2) + '\n');
console.log(`${OUT}: ${tags.length} tags (${tags.map((t) => t.name).join(', ')})`);
