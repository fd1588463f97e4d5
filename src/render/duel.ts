import { wrapReport } from './wrap.js';
import type { DuelResult, Side } from '../core/duel/duel.js';
import type { Law } from '../core/duel/laws.js';
import { formatNumber } from '../core/figures/format.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

export interface DuelDocument {
  schemaVersion: 3;
  command: 'duel';
  result: DuelResult;
}

export const duelDocument = (result: DuelResult): DuelDocument => ({ schemaVersion: 3, command: 'duel', result });

/** A coefficient with four significant digits, never an exponent: 0.05535, 1.235e-6 → 0.000001235. */
export function coefficientText(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value);
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(value))));
  return value
    .toFixed(Math.min(20, digits))
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '');
}

/** The law's equations in words a reader can check: "dx/dt = −a·y, dy/dt = −b·x". */
export function lawEquations(law: Law): string {
  const term = (own: string, enemy: string) => {
    const power = (name: string, e: number) => (e === 0 ? '' : e === 1 ? name : `${name}^${formatNumber(e, 3)}`);
    return [power(own, law.p), power(enemy, law.q)].filter((t) => t !== '').join('·');
  };
  const x = term('x', 'y');
  const y = term('y', 'x');
  return `dx/dt = −a${x ? `·${x}` : ''}, dy/dt = −b${y ? `·${y}` : ''}`;
}

export const lawName = (law: Law): string =>
  law.name === 'general'
    ? `general law (exponents ${formatNumber(law.p, 3)}, ${formatNumber(law.q, 3)})`
    : `${law.name} law`;

/** An integration error in troops, in words that need no exponent. */
export const errorText = (e: number): string =>
  e < 1e-6 ? 'under a millionth of a troop' : `${formatNumber(e, 6)} troops at most`;

/** ", x = US, y = Japan" when the sides have names of their own; nothing for the default x and y. */
export const sideNames = (names: { x: string; y: string }): string =>
  names.x === 'x' && names.y === 'y' ? '' : `, x = ${names.x}, y = ${names.y}`;

const troops = (n: number): string => formatNumber(Math.round(n));
const share = (s: number): string => `${formatNumber(s * 100, 1)} %`;

/** The report: who reaches the threshold first, when, and who is left with how many; then the days, the assumptions. */
function duelLines(doc: DuelDocument, style: Style): string {
  const r = doc.result;
  const name = (side: Side) => r.names[side];
  const lines: string[] = [];
  const lost = r.threshold === 1 ? 'is destroyed' : `loses ${share(r.threshold)} of its troops`;
  if (r.outcome !== null) {
    const o = r.outcome;
    lines.push(
      style.strong(`${name(o.loser)} ${lost} first, on ${o.date} (${o.label}),`) +
        ` day ${formatNumber(o.days + 0, 1)} of the battle; ${name(o.winner)} has ${troops(o.left)} troops left then.`,
    );
  } else {
    lines.push(
      style.strong(`Neither side ${r.threshold === 1 ? 'is destroyed' : `loses ${share(r.threshold)}`}`) +
        ` by the end of ${r.ended.date}, day ${formatNumber(r.ended.day)}: ` +
        `${name('x')} has ${troops(r.sides.x.final)}, ${name('y')} ${troops(r.sides.y.final)}.`,
    );
  }
  lines.push(
    `  ${lawName(r.law)[0]!.toUpperCase()}${lawName(r.law).slice(1)}: ${lawEquations(r.law)}` +
      `${sideNames(r.names)}, a = ${coefficientText(r.a)}, b = ${coefficientText(r.b)}; day 1 is ${r.start}.`,
  );
  if (r.squareLaw !== null) {
    const s = r.squareLaw;
    lines.push(
      `  x² − (a/b)·y² = ${formatNumber(Math.round(s.invariant))}, constant without reinforcements: ` +
        (s.winner === null
          ? 'zero, so the two sides wear each other out together.'
          : `${s.invariant > 0 ? 'positive' : 'negative'}, so a fight to the finish leaves ${name(s.winner)} ` +
            `with ${troops(s.left)}.`),
    );
  }
  lines.push('', 'Sides');
  const rows = [
    [
      'side',
      'start',
      'joined',
      `end ${r.ended.date}`,
      'lost',
      r.threshold === 1 ? 'destroyed' : `lost ${share(r.threshold)}`,
    ],
  ];
  for (const side of ['x', 'y'] as const) {
    const s = r.sides[side];
    rows.push([
      `${side} ${s.name}`,
      troops(s.initial),
      troops(s.reinforced),
      troops(s.final),
      troops(s.lost),
      s.thresholdReached === null
        ? 'not reached'
        : `${s.thresholdReached.date}, day ${formatNumber(s.thresholdReached.days, 1)}`,
    ]);
  }
  lines.push(
    ...tableLines(rows, { rightAligned: new Set([1, 2, 3, 4]), style: (t, row) => (row === 0 ? style.dim(t) : t) }),
  );
  lines.push('', 'Strength at the end of the day');
  const every = r.days.length <= 14 ? 1 : 7;
  const shown = r.days.filter((d, i) => i === 0 || d.day % every === 0 || i === r.days.length - 1);
  lines.push(
    ...tableLines(
      [['date', 'day', name('x'), name('y')], ...shown.map((d) => [d.date, String(d.day), troops(d.x), troops(d.y)])],
      { rightAligned: new Set([1, 2, 3]), style: (t, row) => (row === 0 ? style.dim(t) : t) },
    ),
  );
  lines.push('', 'Assumptions');
  const assumptions = [
    `The coefficients hold for the whole battle: a scenario, not a forecast.`,
    `Reinforcements join at the start of their day, before its fighting${
      r.reinforcements.x.length + r.reinforcements.y.length === 0 ? '; none were given' : ''
    }.`,
    `A side's threshold is a share of all the troops it has had: at the start and joined since.`,
    `Integrated by the ${r.integration.method} method, ${r.integration.stepsPerDay} steps a day; its error is ` +
      `estimated at ${errorText(r.integration.errorEstimate)} (the difference from the same run at half the steps, ` +
      `over 15).`,
  ];
  if (r.ended.reason === 'horizon')
    assumptions.push(`Simulated for at most ${formatNumber(r.ended.day)} days (10 years).`);
  lines.push(...assumptions.map((a) => `  - ${a}`));
  return `${lines.join('\n')}\n`;
}

/** The report of a duel, its long lines wrapped to `width`. */
export const renderDuel = (doc: DuelDocument, style: Style, width: number): string =>
  wrapReport(duelLines(doc, style), width);
