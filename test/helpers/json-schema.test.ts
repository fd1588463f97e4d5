import { describe, expect, it } from 'vitest';
import { validate, type Schema } from './json-schema.js';

const range: Schema = {
  type: 'object',
  properties: { low: { type: 'number' }, high: { type: 'number' } },
  required: ['low', 'high'],
  additionalProperties: false,
};

describe('validate', () => {
  it('checks types, required and extra properties, items, const, enum, anyOf and oneOf', () => {
    expect(validate({ type: 'number' }, 12000)).toEqual([]);
    expect(validate({ type: 'number' }, '12000')).toEqual(['$: is string, expected number']);
    expect(validate({ type: ['number', 'null'] }, null)).toEqual([]);
    expect(validate({ type: 'integer' }, 1.5)).toHaveLength(1);
    expect(validate(range, { low: 1 })).toEqual(['$: lacks high']);
    expect(validate(range, { low: 1, high: 2, mid: 1.5 })).toEqual(['$: has no property mid']);
    expect(validate({ type: 'array', items: { type: 'string' } }, ['a', 1])).toEqual([
      '$[1]: is number, expected string',
    ]);
    expect(validate({ const: 2 }, 1)).toHaveLength(1);
    expect(validate({ enum: ['csv', 'json'] }, 'xml')).toHaveLength(1);
    const amount: Schema = { anyOf: [{ type: 'number' }, range, { type: 'null' }] };
    expect(validate(amount, { low: 1, high: 2 })).toEqual([]);
    expect(validate(amount, '12,000')).toEqual(['$: matches none of anyOf']);
    expect(validate({ oneOf: [{ type: 'number' }, { type: 'number' }] }, 1)).toHaveLength(1);
  });
});
