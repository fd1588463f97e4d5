import * as z from 'zod/mini';
import { oneValue, type Values } from '../../core/parse/sweep-values.js';
import type { Parsed } from '../../core/parse/parsed.js';
import { AXES, type Axis } from '../../core/projection/sweep.js';
import { UsageError } from '../../errors.js';
import { AXIS_READERS } from '../../core/projection/sweep-input.js';
import { modelSchema, SCENARIO_READERS } from '../scenario/schema.js';
import type { ScenarioFlags } from '../scenario/options.js';
import { flagValue } from '../validate.js';
import { echo, shorten } from '../../core/wording.js';

/** The scenario-model fields a scenario may set, named as their flags are (--return-to-duty: returnToDuty). */
export const SCENARIO_FIELDS = ['phase', 'reinforce', 'returnToDuty', 'killedShare', 'model', 'horizon', 'on'] as const;
export type ScenarioField = (typeof SCENARIO_FIELDS)[number];

/** One named scenario from a scenarios file, each field read like its flag. */
export interface NamedScenario {
  name: string;
  values: Partial<Record<Axis, Values>>;
  /** The scenario-model fields it sets, read like their flags. */
  scenario: ScenarioFlags;
  /** Those fields as the file gives them, to quote in messages. */
  scenarioText: Partial<Record<ScenarioField, unknown>>;
}

const FIELD_FORMS = 'a number, a string written as on the command line ("80..92:4", "30%,50%") or a list of those';

/** A field's JSON value: 92, "80..92:4", or [80, "92", 100]; read with the flag's own reader. */
function field(read: (text: string) => Parsed<Values>) {
  const item = z.union([z.number(), z.string()], { error: `must be ${FIELD_FORMS}` });
  return z.optional(
    z.pipe(
      z.union([item, z.array(item)], { error: `must be ${FIELD_FORMS}` }),
      z.transform((value, ctx) => {
        const items = Array.isArray(value) ? value : [value];
        const list: number[] = [];
        for (const one of items) {
          const parsed = read(String(one));
          if (!parsed.ok) {
            ctx.issues.push({ code: 'custom', message: `${echo(one)} ${parsed.problem}`, input: value });
            return z.NEVER;
          }
          if (!Array.isArray(value)) return parsed.value;
          if (parsed.value.kind !== 'list') {
            ctx.issues.push({
              code: 'custom',
              message: `${echo(one)} is a stepped range inside a list; give the range alone`,
              input: value,
            });
            return z.NEVER;
          }
          list.push(...parsed.value.list);
        }
        return list.length === 1 ? oneValue(list[0]!) : ({ kind: 'list', count: list.length, list } as Values);
      }),
    ),
  );
}

const SCENARIO_FORMS = 'a string written as on the command line, such as "2025-01-17=0"';

/** A scenario-model field's JSON value as text: a string, or a number read as its text. */
const optionText = () =>
  z.pipe(z.union([z.string(), z.number()], { error: `must be ${SCENARIO_FORMS}` }), z.transform(String));

/** One value, read by the flag's own reader. */
const oneOption = <T>(read: (text: string) => Parsed<T>) => z.optional(z.pipe(optionText(), flagValue(read)));

/** One value or a list of them (a repeatable flag), each read by the flag's own reader. */
const optionList = <T>(read: (text: string) => Parsed<T>) =>
  z.optional(
    z.pipe(
      z.union([optionText(), z.array(optionText())], { error: `must be ${SCENARIO_FORMS}, or a list of those` }),
      z.pipe(
        z.transform((v: string | string[]) => (Array.isArray(v) ? v : [v])),
        z.array(flagValue(read)),
      ),
    ),
  );

// Built when a scenarios file is read: a sweep without one builds none of it.
const scenarioSchema = () =>
  z.strictObject(
    {
      name: z
        .string({ error: 'is required, such as "name": "ISW"' })
        .check(z.minLength(1, { error: 'must not be empty' })),
      force: field(AXIS_READERS.force),
      rate: field(AXIS_READERS.rate),
      start: field(AXIS_READERS.start),
      threshold: field(AXIS_READERS.threshold),
      casualties: field(AXIS_READERS.casualties),
      asOf: field(AXIS_READERS.asOf),
      phase: optionList(SCENARIO_READERS.phase),
      reinforce: optionList(SCENARIO_READERS.reinforce),
      returnToDuty: oneOption(SCENARIO_READERS.returnToDuty),
      killedShare: oneOption(SCENARIO_READERS.killedShare),
      model: z.optional(z.pipe(optionText(), modelSchema())),
      horizon: oneOption(SCENARIO_READERS.horizon),
      on: oneOption(SCENARIO_READERS.on),
    },
    { error: 'must be an object such as { "name": "ISW", "force": 12000, "rate": 92 }' },
  );

const scenariosSchema = () =>
  z
    .array(scenarioSchema(), { error: 'must hold a list of scenarios' })
    .check(z.minLength(1, { error: 'holds no scenarios' }));

/**
 * Reads a scenarios file's JSON: a list of scenarios, or { "scenarios": [...] }. A problem
 * becomes one line naming the file, the scenario and the field.
 */
export function readScenarios(path: string, text: string): NamedScenario[] {
  const where = `--scenarios ${echo(path, 16)}`;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON: ${shorten((error as Error).message, 30)}`);
  }
  const list = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null && 'scenarios' in data
      ? data.scenarios
      : undefined;
  if (list === undefined)
    throw new UsageError(`${where} must hold a list of scenarios, or an object { "scenarios": [...] }`);
  const parsed = scenariosSchema().safeParse(list);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`--scenarios: ${describeIssue(issue, list)}`);
  }
  return parsed.data.map(({ name, ...fields }, i) => {
    const given = SCENARIO_FIELDS.filter((field) => fields[field] !== undefined);
    const rawScenario = (list as Record<string, unknown>[])[i]!;
    return {
      name,
      values: Object.fromEntries(
        AXES.filter((axis) => fields[axis] !== undefined).map((axis) => [axis, fields[axis]!]),
      ),
      scenario: Object.fromEntries(given.map((field) => [field, fields[field]])) as ScenarioFlags,
      scenarioText: Object.fromEntries(given.map((field) => [field, rawScenario[field]])),
    };
  });
}

function describeIssue(issue: z.core.$ZodIssue, list: unknown): string {
  const [index, key] = issue.path;
  if (typeof index !== 'number') return issue.message;
  const raw = Array.isArray(list) ? (list[index] as { name?: unknown } | undefined) : undefined;
  const scenario =
    typeof raw?.name === 'string' && raw.name !== ''
      ? `scenario ${echo(raw.name, 16)}`
      : `scenario number ${index + 1}`;
  if (issue.code === 'unrecognized_keys') {
    return (
      `${scenario} has an unknown field ${issue.keys.map((k) => echo(k)).join(', ')}; ` + 'fields are named as flags'
    );
  }
  return key === undefined ? `${scenario} ${issue.message}` : `${scenario}: ${String(key)} ${issue.message}`;
}
