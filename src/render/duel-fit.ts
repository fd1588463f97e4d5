import { wrapReport } from './wrap.js';
import type { DuelFitResult, Estimate } from '../core/duel/fit.js';
import { formatNumber } from '../core/figures/format.js';
import { coefficientText, lawEquations, lawName, sideNames } from './duel.js';
import type { Style } from './style.js';
import { tableLines } from './table.js';

/** The file and the columns read, under the names of the flags that name them (null: not read). */
export interface DuelFitEcho {
  file: string;
  dateColumn: string;
  xLosses: string | null;
  xStrength: string | null;
  xAdded: string | null;
  yLosses: string | null;
  yStrength: string | null;
  yAdded: string | null;
}

export interface DuelFitDocument {
  schemaVersion: 3;
  command: 'duel fit';
  input: DuelFitEcho;
  result: DuelFitResult;
}

export const duelFitDocument = (input: DuelFitEcho, result: DuelFitResult): DuelFitDocument => ({
  schemaVersion: 3,
  command: 'duel fit',
  input,
  result,
});

const METHOD_NAMES = { sums: "Engel's ratio of sums", 'least-squares': 'least squares on the daily losses' } as const;

const interval = (e: Estimate, text: (n: number) => string): string =>
  e.low === null || e.high === null ? 'no interval' : `${text(e.low)} to ${text(e.high)}`;

const troops = (n: number | null): string => (n === null ? '' : formatNumber(Math.round(n)));
const signed = (n: number | null): string => (n === null ? '' : `${n > 0 ? '+' : ''}${formatNumber(Math.round(n))}`);

/** The report: the coefficients with intervals, how the estimators and the laws compare, and the fit day by day. */
function duelFitLines(doc: DuelFitDocument, style: Style, all = false): string {
  const r = doc.result;
  const { x, y } = r.names;
  const level = `${formatNumber(r.level * 100, 1)} %`;
  const law = lawName(r.law);
  const power = (name: string, e: number) => (e === 0 ? '' : e === 1 ? name : `${name}^${formatNumber(e, 3)}`);
  const per = (own: string, enemy: string) => {
    if (r.law.p === 0 && r.law.q === 1) return `per ${enemy} soldier`;
    if (r.law.p === 1 && r.law.q === 1) return `per ${own} soldier per ${enemy} soldier`;
    return `per unit of ${[power(own, r.law.p), power(enemy, r.law.q)].filter((t) => t !== '').join('·') || 'one'}`;
  };
  const lines = [
    style.strong(`${law[0]!.toUpperCase()}${law.slice(1)} fitted to ${doc.input.file} by ${METHOD_NAMES[r.method]}:`),
    `  a = ${coefficientText(r.coefficients.a.value)} ` +
      `(${level} interval ${interval(r.coefficients.a, coefficientText)}): ` +
      `losses of ${x} a day ${per(x, y)}`,
    `  b = ${coefficientText(r.coefficients.b.value)} ` +
      `(${level} interval ${interval(r.coefficients.b, coefficientText)}): ` +
      `losses of ${y} a day ${per(y, x)}`,
  ];
  if (r.coefficients.p && r.coefficients.q) {
    const e = (n: number) => formatNumber(n, 3);
    lines.push(
      `  exponents: own strength ${e(r.coefficients.p.value)} (${interval(r.coefficients.p, e)}), ` +
        `enemy's ${e(r.coefficients.q.value)} (${interval(r.coefficients.q, e)})`,
    );
  }
  lines.push(`  ${lawEquations(r.law)}${sideNames(r.names)}; day 1 is ${r.start}.`);
  if (r.estimators.length > 1) {
    lines.push(
      '',
      `Estimators for the ${r.law.name === 'general' ? 'law' : `${r.law.name} law`}`,
      ...tableLines(
        [
          ['method', 'a', 'b'],
          ...r.estimators.map((e) => [METHOD_NAMES[e.method], coefficientText(e.a), coefficientText(e.b)]),
        ],
        { rightAligned: new Set([1, 2]), style: (t, row) => (row === 0 ? style.dim(t) : t) },
      ),
    );
  }
  lines.push('', `Laws compared: AIC of least squares on the daily losses (lowest best)`);
  const best = r.comparison.laws.find((l) => l.law.name === r.comparison.best)!;
  lines.push(
    ...tableLines(
      [
        ['law', 'a', 'b', 'exponents', 'RSS', 'AIC', 'ΔAIC'],
        ...r.comparison.laws.map((l) => [
          `${l.law.name}${l.law.name === r.comparison.best ? ' *' : ''}`,
          coefficientText(l.a),
          coefficientText(l.b),
          `${formatNumber(l.law.p, 3)}, ${formatNumber(l.law.q, 3)}`,
          formatNumber(Math.round(l.rss)),
          l.aic.toFixed(1),
          (l.aic - best.aic).toFixed(1),
        ]),
      ],
      { rightAligned: new Set([1, 2, 4, 5, 6]), style: (t, row) => (row === 0 ? style.dim(t) : t) },
    ),
  );
  const runnerUp = Math.min(...r.comparison.laws.filter((l) => l !== best).map((l) => l.aic - best.aic));
  lines.push(
    `  ${best.law.name} fits best${runnerUp < 2 ? `, by less than 2: no real evidence between it and the next` : ''}.`,
  );
  const side = r.observed[0]!;
  const name = r.names[side];
  lines.push('', `Day by day: ${name}, the series and the fitted law integrated from the start`);
  const rows = [['date', 'day', 'strength', 'fitted', 'error', 'losses', 'fitted', 'error']];
  const every = all || r.days.length <= 14 ? 1 : 5;
  for (const d of r.days) {
    if (!(d.day === 1 || d.day % every === 0 || d.day === r.days.length)) continue;
    const s = d[side];
    rows.push([
      d.date,
      String(d.day),
      troops(s.strength),
      troops(s.fitted),
      signed(s.fitted === null || s.strength === null ? null : s.fitted - s.strength),
      troops(s.loss),
      troops(s.fittedLoss),
      signed(s.error),
    ]);
  }
  lines.push(
    ...tableLines(rows, {
      rightAligned: new Set([1, 2, 3, 4, 5, 6, 7]),
      style: (t, row) => (row === 0 ? style.dim(t) : t),
    }),
  );
  if (every > 1) lines.push(`  Every ${every}th day shown; --all lists every day, --json gives them all.`);
  lines.push('', 'Assumptions');
  const hidden = (['x', 'y'] as const).filter((s) => !r.observed.includes(s));
  const notes = [
    `The estimator: ${r.estimator}.`,
    ...hidden.map(
      (s) =>
        `${r.names[s]} has no daily series: ${troops(r.initial[s])} at the start` +
        `${r.final[s] === null ? '' : `, ${troops(r.final[s])} at the end`}, ` +
        'stepped day by day with the fitted coefficient.',
    ),
    `Intervals: ${r.intervalMethod}.`,
    `Fitted losses are the law's losses from the day's starting strengths (daily steps); the fitted strength is the ` +
      `law integrated from the start (Runge–Kutta), with the reinforcements of the series.`,
    `Laws compared by ${r.comparison.criterion}.`,
    ...r.notes.map((n) => `${n[0]!.toUpperCase()}${n.slice(1)}.`),
  ];
  lines.push(...notes.map((n) => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}

/** The report of a duel's fit, its long lines wrapped to `width`; `all` lists every day. */
export const renderDuelFit = (doc: DuelFitDocument, style: Style, width: number, all = false): string =>
  wrapReport(duelFitLines(doc, style, all), width);
