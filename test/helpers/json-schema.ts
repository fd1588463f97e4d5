/**
 * A small JSON Schema (draft 2020-12) validator for the keywords the schemas in schemas/ use:
 * type, properties, required, items, enum, const, anyOf, oneOf, additionalProperties. Enough to
 * hold every command's --json document to its published schema without a validator dependency.
 */
export interface Schema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  additionalProperties?: boolean | Schema;
}

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' ? 'number' : typeof value;

const fits = (value: unknown, type: string): boolean =>
  type === 'integer' ? Number.isInteger(value) : typeOf(value) === type;

/** Every way `value` breaks `schema`, each as "path: problem"; empty when it is valid. */
export function validate(schema: Schema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => fits(value, t))) return [`${path}: is ${typeOf(value)}, expected ${types.join(' or ')}`];
  }
  if ('const' in schema && JSON.stringify(value) !== JSON.stringify(schema.const))
    problems.push(`${path}: is ${JSON.stringify(value)}, expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (schema.anyOf !== undefined && !schema.anyOf.some((s) => validate(s, value, path).length === 0))
    problems.push(`${path}: matches none of anyOf`);
  if (schema.oneOf !== undefined && schema.oneOf.filter((s) => validate(s, value, path).length === 0).length !== 1)
    problems.push(`${path}: does not match exactly one of oneOf`);
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in object)) problems.push(`${path}: lacks ${key}`);
    for (const [key, child] of Object.entries(object)) {
      const own = schema.properties?.[key];
      if (own !== undefined) problems.push(...validate(own, child, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: has no property ${key}`);
      else if (typeof schema.additionalProperties === 'object')
        problems.push(...validate(schema.additionalProperties, child, `${path}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items !== undefined)
    value.forEach((item, i) => problems.push(...validate(schema.items!, item, `${path}[${i}]`)));
  return problems;
}

/**
 * A schema that every one of `values` meets, as narrow as they allow: an object's properties and
 * the keys every one of them has, an array's items, the primitive types seen. What is only ever
 * null (or an empty array's items) is left open. Used to draft the schemas in schemas/.
 */
export function inferSchema(values: unknown[]): Schema {
  const byType = new Map<string, unknown[]>();
  for (const value of values) byType.set(typeOf(value), [...(byType.get(typeOf(value)) ?? []), value]);
  if (byType.size === 0) return {};
  if (byType.size === 1 && byType.has('null')) return {};
  const schemas: Schema[] = [];
  const primitives: string[] = [];
  for (const [type, group] of byType) {
    if (type === 'object') {
      const objects = group as Record<string, unknown>[];
      const keys = [...new Set(objects.flatMap((o) => Object.keys(o)))];
      schemas.push({
        type: 'object',
        properties: Object.fromEntries(
          keys.map((k) => [k, inferSchema(objects.filter((o) => k in o).map((o) => o[k]))]),
        ),
        required: keys.filter((k) => objects.every((o) => k in o)),
      });
    } else if (type === 'array') {
      const items = (group as unknown[][]).flat();
      schemas.push(items.length === 0 ? { type: 'array' } : { type: 'array', items: inferSchema(items) });
    } else primitives.push(type);
  }
  if (primitives.length > 0) schemas.push({ type: primitives.length === 1 ? primitives[0]! : primitives });
  return schemas.length === 1 ? schemas[0]! : { anyOf: schemas };
}
