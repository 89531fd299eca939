// Writes docs/record.md, the record reference, from the zod schemas' descriptions and examples (src/schema.ts):
// the reference cannot drift from the code, and tests/docs/record-docs.test.ts fails when the file is stale.
//   npm run docs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The record's object types in the order the reference shows them, by the names the SPEC gives them. */
export const TYPE_NAMES = ['ArticleRecord', 'DateValue', 'Dateline', 'Body', 'Paragraph', 'Media', 'Person', 'Organization', 'Mention', 'Quote', 'Speaker', 'Figure', 'TimeExpression', 'DatedEvent', 'Removed', 'Access', 'Diagnostic'];

const HEAD = `# The record reference

Generated from the zod schemas in \`src/schema.ts\` by \`npm run docs\`; a test fails when this page and the
schemas disagree. The contract is \`shared/SPEC.md\`; the same descriptions and examples are in the JSON Schema
(\`copydesk/schema.json\`), for validating records in other languages.

Offsets (\`start\`, \`end\`) are UTF-16 indices into \`body.text\`, end-exclusive: \`body.text.slice(start, end)\` is
the span. Every empty field says why in \`diagnostics\`.
`;

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, '\\n');

/** A short type, naming the record's own object types. */
function typeOf(schema, nameOf) {
  const def = schema._zod.def;
  switch (def.type) {
    case 'nullable':
      return `${typeOf(def.innerType, nameOf)} \\| null`;
    case 'array':
      return `${typeOf(def.element, nameOf)}[]`;
    case 'object':
      return nameOf(schema) ?? 'object';
    case 'enum':
      return Object.values(def.entries).map((v) => `\`"${v}"\``).join(' \\| ');
    case 'literal':
      return def.values.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
    default:
      return def.type;
  }
}

function example(meta) {
  const ex = meta?.examples?.[0];
  if (ex === undefined || (Array.isArray(ex) && ex.length === 0)) return '';
  const json = JSON.stringify(ex);
  return `\`${json.length > 90 ? `${json.slice(0, 87)}…` : json}\``;
}

/** The reference as Markdown, from the schemas exported as `<Name>Schema`. */
export function renderRecordDocs(schemas) {
  const objects = TYPE_NAMES.map((name) => [name, schemas[`${name}Schema`]]);
  for (const [name, s] of objects) if (!s) throw new Error(`record-docs: no ${name}Schema exported`);
  // `.meta()` clones a schema; the clone keeps its shape, so types are named by their field lists.
  const byFields = new Map(objects.map(([name, s]) => [Object.keys(s.shape).join(','), name]));
  const nameOf = (s) => byFields.get(Object.keys(s.shape).join(','));
  const out = [HEAD];
  for (const [name, schema] of objects) {
    out.push(`## ${name}\n`, `${schema.description ?? ''}\n`, '| field | type | meaning | example |', '| --- | --- | --- | --- |');
    for (const [field, s] of Object.entries(schema.shape)) {
      const meta = s.meta();
      if (!meta?.description) throw new Error(`record-docs: ${name}.${field} has no description in src/schema.ts`);
      out.push(`| \`${field}\` | ${typeOf(s, nameOf)} | ${cell(meta.description)} | ${cell(example(meta))} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schemas = await import('../dist/index.js');
  writeFileSync(new URL('../docs/record.md', import.meta.url), renderRecordDocs(schemas));
}
