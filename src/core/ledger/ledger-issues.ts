import type * as z from 'zod/mini';

/**
 * A ledger that fails its schema, told in one line that names the entry (by id where it has one,
 * else by index) and the field: `claims[9] (id nis-killed) field qualifier: expected one of …`.
 */
export function describeIssue(found: z.core.$ZodIssue, document: unknown): string {
  const path = [...found.path];
  let problem = messageOf(found, valueAt(document, path));
  if (found.code === 'unrecognized_keys') {
    path.push(found.keys[0]!);
    const others = found.keys.length > 1 ? ` (nor ${found.keys.slice(1).join(', ')})` : '';
    problem = `is not a field the ledger knows${others}`;
  }
  return `${where(path, document)} ${problem}`;
}

function where(path: PropertyKey[], document: unknown): string {
  if (path[0] === 'claims' && typeof path[1] === 'number') {
    const entry = valueAt(document, path.slice(0, 2)) as { id?: unknown } | undefined;
    const id = typeof entry?.id === 'string' && entry.id !== '' ? ` (id ${entry.id})` : '';
    const field = path.slice(2).map(String).join('.');
    return `claims[${path[1]}]${id}${field ? ` field ${field}` : ''}`;
  }
  return path.length === 0 ? 'the document' : `field ${path.map(String).join('.')}`;
}

function messageOf(found: z.core.$ZodIssue, input: unknown): string {
  if (
    input === undefined &&
    (found.code === 'invalid_type' || found.code === 'invalid_union' || found.code === 'invalid_value')
  ) {
    return 'is missing';
  }
  switch (found.code) {
    case 'invalid_type':
      return (
        `is ${describe(input)}; ` +
        `expected ` +
        `${found.expected === 'object' ? 'an object' : found.expected === 'array' ? 'a list' : `a ${found.expected}`}`
      );
    case 'invalid_value':
      return `is ${describe(input)}; expected ${found.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union': {
      const options = (found as { options?: unknown[] }).options;
      return options
        ? `is ${describe(input)}; expected one of ${options.join(', ')}`
        : `is ${describe(input)}, which fits no form the ledger accepts`;
    }
    default:
      return found.message;
  }
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return JSON.stringify(input);
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = document;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}
