import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../helpers/json-schema.js';

/**
 * One type per field name across every command's --json document (docs/conventions.md, "Output"): the
 * types each schema in schemas/ gives a property name, at any depth, must meet those every other
 * schema gives it. Null is no type of its own (a field left unset is null), a range
 * `{"low","high"}` is the type of its bounds (an amount is a number or a range of numbers), and a
 * period read from text, `{"first","last",…}`, is a date. A field may hold more than one type
 * where its document says which (a check's `value` is a date when its `unit` is "date"); two
 * documents disagree when the types they give a name share none.
 */
const SCHEMAS = 'schemas';

/** Objects whose keys are names of flags or roles, not fields: their members are not checked by name. */
const RECORDS: Record<string, string> = {
  givenAs: 'check’s input.givenAs: the text each flag was given as, keyed by the flag',
  sources: 'a claim check’s sources: where each flag’s value came from, keyed by the flag',
  inputs: 'a claim comparison’s inputs: the figures its arithmetic takes, keyed by their role in it',
  coefficients: 'duel fit’s estimate and interval of each coefficient, keyed as the --a and --b flags',
};

/** Names that hold different things in different documents, each with the reason it stays. */
const ALLOWED: Record<string, string> = {
  x: 'the side --x names: its name, strength, arrivals or day, as its parent says',
  y: 'the side --y names: its name, strength, arrivals or day, as its parent says',
  days: 'a number of days, but duel’s `days` is the battle day by day, the list duelFit takes',
  from: 'a sweep grid’s {from, to, step}, as the library takes it: its ends are its axis’s values',
  to: 'a sweep grid’s {from, to, step}, as the library takes it: its ends are its axis’s values',
  source: 'a ledger claim’s source is the ledger format’s object; a report’s is its series’ column',
  strengthOn: 'a sweep row is flat (it is a CSV row too): the number project gives with its date',
  figure: 'a claim check’s figures[].figure is the figure read from the claim; elsewhere a figure’s text',
  stated: 'a claim figure’s stated amount; elsewhere the text a reference states, or the day a statement was made',
  subject: 'a claim figure’s subject is read into parts (force, scope, place); a reference’s is its description',
  force: 'a claim figure’s subject.force names whose it is; elsewhere force is the troops at the start',
  base: 'a share’s base amount in a claim check; in extract the figure a share is of',
};

type Types = Set<string>;
interface Use {
  where: string;
  types: Types;
}

const keysOf = (s: Schema): string[] => (s.type === 'object' ? Object.keys(s.properties ?? {}) : []);
/** `{"low","high"}`, with its qualifier where it has one ("about 12,000"). */
const isRange = (s: Schema): boolean =>
  keysOf(s).includes('low') && keysOf(s).includes('high') && keysOf(s).every((k) => RANGE.has(k));
/** `{"first","last"}`: the days a date read from text may be, with its label and relation. */
const isPeriod = (s: Schema): boolean =>
  keysOf(s).includes('first') && keysOf(s).includes('last') && keysOf(s).every((k) => PERIOD.has(k));
/** `{"x","y"}`: one value for each side of a duel. */
const isPair = (s: Schema): boolean => keysOf(s).sort().join() === 'x,y';
const RANGE = new Set(['low', 'high', 'qualifier']);
const PERIOD = new Set(['first', 'last', 'label', 'relation']);

function typesOf(schema: Schema): Types {
  const types = new Set<string>();
  if ('const' in schema) types.add(schema.const === null ? 'null' : typeof schema.const);
  for (const value of schema.enum ?? []) types.add(value === null ? 'null' : typeof value);
  if (isRange(schema)) for (const t of typesOf(schema.properties!.low!)) types.add(t);
  else if (isPair(schema)) for (const t of typesOf(schema.properties!.x!)) types.add(t);
  else if (isPeriod(schema)) types.add('string');
  else for (const t of [schema.type ?? []].flat()) types.add(t === 'integer' ? 'number' : t);
  for (const s of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) for (const t of typesOf(s)) types.add(t);
  types.delete('null');
  return types;
}

function collect(schema: Schema, where: string, uses: Map<string, Use[]>): void {
  if (!isRange(schema) && !isPeriod(schema) && !isPair(schema))
    for (const [name, child] of Object.entries(schema.properties ?? {})) {
      const path = `${where}.${name}`;
      const types = typesOf(child);
      if (types.size > 0) uses.set(name, [...(uses.get(name) ?? []), { where: path, types }]);
      if (!(name in RECORDS)) collect(child, path, uses);
    }
  if (schema.items !== undefined) collect(schema.items, `${where}[]`, uses);
  for (const s of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) collect(s, where, uses);
}

function fieldUses(): Map<string, Use[]> {
  const uses = new Map<string, Use[]>();
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'))) {
    const schema = JSON.parse(readFileSync(`${SCHEMAS}/${file}`, 'utf8')) as Schema;
    collect(schema, file.replace('.schema.json', ''), uses);
  }
  return uses;
}

const disjoint = (a: Types, b: Types): boolean => ![...a].some((t) => b.has(t));

/** Each name whose uses disagree, with one use of each disagreeing type. */
function conflicts(uses: Map<string, Use[]>): string[] {
  const found: string[] = [];
  for (const [name, list] of uses) {
    const clash = list.find((u) => list.some((v) => disjoint(u.types, v.types)));
    if (clash === undefined) continue;
    const other = list.find((v) => disjoint(clash.types, v.types))!;
    const show = (u: Use) => `${u.where} (${[...u.types].sort().join(' or ')})`;
    found.push(`${name}: ${show(clash)} but ${show(other)}`);
  }
  return found.sort();
}

describe('one type per field name across the --json documents', () => {
  it('gives each property name one type in every schema, but for the names allowed', () => {
    const uses = fieldUses();
    expect(conflicts(uses).filter((c) => !(c.split(':')[0]! in ALLOWED))).toEqual([]);
  });

  it('allows only names that still differ, and records that exist, each with its reason', () => {
    const uses = fieldUses();
    const differing = new Set(conflicts(uses).map((c) => c.split(':')[0]!));
    for (const [name, reason] of Object.entries(ALLOWED)) {
      expect(differing, name).toContain(name);
      expect(reason.length, name).toBeGreaterThan(10);
    }
    for (const [name, reason] of Object.entries(RECORDS)) {
      expect(uses.has(name), name).toBe(true);
      expect(reason.length, name).toBeGreaterThan(10);
    }
  });

  it('tells a number from a number written as text, a range from its bounds and a period from a date', () => {
    const uses = new Map<string, Use[]>();
    collect(
      {
        type: 'object',
        properties: {
          a: { type: 'object', properties: { force: { type: 'number' }, on: { type: 'string' } } },
          b: {
            type: 'object',
            properties: {
              force: { type: 'object', properties: { low: { type: 'number' }, high: { type: 'number' } } },
              on: { type: 'object', properties: { first: { type: 'string' }, last: { type: 'string' } } },
            },
          },
          c: { type: 'object', properties: { force: { type: ['string', 'null'] } } },
        },
      },
      'doc',
      uses,
    );
    expect(conflicts(uses)).toEqual(['force: doc.a.force (number) but doc.c.force (string)']);
  });
});
