import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_RUNS } from '../fixtures/json-runs.js';
import { cli } from '../helpers/cli.js';
import { inferSchema, validate, type Schema } from '../helpers/json-schema.js';

const SCHEMAS = 'schemas';

/** An amount: a number, or the bounds of a range; null when not given. */
const AMOUNT: Schema = {
  anyOf: [
    { type: 'number' },
    {
      type: 'object',
      properties: { low: { type: 'number' }, high: { type: 'number' } },
      required: ['low', 'high'],
    },
    { type: 'null' },
  ],
};
const AMOUNTS = ['force', 'rate', 'casualties', 'killed', 'wounded'];

/** What a few runs cannot show: every amount a command echoes may be a number, a range or absent. */
function widen(name: string, schema: Schema): Schema {
  const input = schema.properties?.input;
  if (input?.properties === undefined || name === 'sweep') return schema;
  for (const key of AMOUNTS) if (key in input.properties) input.properties[key] = AMOUNT;
  return schema;
}
const schemaFile = (name: string) => `${SCHEMAS}/${name}.schema.json`;

async function documentOf(args: string[], stdin?: string): Promise<unknown> {
  const run = await cli([...args, '--json'], stdin === undefined ? {} : { stdin });
  if (![0, 1].includes(run.code)) throw new Error(`${args.join(' ')}: exit ${run.code}: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/**
 * ATTRITION_WRITE_SCHEMAS=1 drafts each schema again from the runs' documents (then read the diff:
 * a field that changed type is a change of schema version).
 */
if (process.env.ATTRITION_WRITE_SCHEMAS === '1') {
  it('drafts the schemas', async () => {
    const names = [...new Set(JSON_RUNS.map((r) => r.schema))];
    for (const name of names) {
      const docs = [];
      for (const run of JSON_RUNS.filter((r) => r.schema === name)) docs.push(await documentOf(run.args, run.stdin));
      const first = docs[0] as { schemaVersion: number; command: string };
      const inferred = widen(name, inferSchema(docs));
      const schema: Schema = {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://github.com/attrition/attrition/schemas/${name}.schema.json`,
        title: `attrition ${name.replace('-', ' ')} --json`,
        ...inferred,
        properties: {
          ...inferred.properties,
          schemaVersion: { const: first.schemaVersion },
          command: { const: first.command },
        },
      };
      writeFileSync(schemaFile(name), `${JSON.stringify(schema, null, 2)}\n`);
    }
  });
}

describe('every command’s --json document follows its published JSON Schema', () => {
  it.each(JSON_RUNS.map((r) => [`${r.schema}: attrition ${r.args.join(' ')}`, r] as const))(
    '%s',
    async (_label, run) => {
      const schema = JSON.parse(readFileSync(schemaFile(run.schema), 'utf8')) as Schema;
      expect(validate(schema, await documentOf(run.args, run.stdin))).toEqual([]);
    },
  );

  it('has a run for every schema, and every schema is draft 2020-12 with its version and command', () => {
    const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'));
    expect(new Set(files)).toEqual(new Set(JSON_RUNS.map((r) => `${r.schema}.schema.json`)));
    for (const file of files) {
      const schema = JSON.parse(readFileSync(`${SCHEMAS}/${file}`, 'utf8')) as Schema;
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.properties?.schemaVersion?.const).toEqual(expect.any(Number));
      expect(schema.properties?.command?.const).toEqual(expect.any(String));
    }
  });

  it('refuses a number written as text where the schema says number', () => {
    const schema = JSON.parse(readFileSync(schemaFile('check-figures'), 'utf8')) as Schema;
    const force = schema.properties!.input!.properties!.force!;
    expect(validate(force, 12000)).toEqual([]);
    expect(validate(force, { low: 11000, high: 12000 })).toEqual([]);
    expect(validate(force, '12000')).not.toEqual([]);
  });
});
