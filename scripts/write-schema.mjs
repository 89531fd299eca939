// Writes dist/schema.json, the JSON Schema of ArticleRecord, from the zod schema (the single source of truth).
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ArticleRecordSchema } from '../dist/index.js';

const schema = z.toJSONSchema(ArticleRecordSchema, { target: 'draft-2020-12' });
schema.$id = 'https://github.com/copydesk/copydesk/schema.json';
schema.title = 'copydesk ArticleRecord';
writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
