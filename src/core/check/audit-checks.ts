import { boundsOf, divide, multiply } from '../figures/amount.js';
import type { Range } from '../figures/range.js';
import { claimFigureText, durationOf, statedOf, windowOfClaim, windowOfText } from '../ledger/claim-figures.js';
import { impliedRateRow } from './check-rows.js';
import { figureRow, woundedToKilledRow } from './figure-rows.js';
import { durationRow, projectedDateRow, type Counted } from './date-rows.js';
import { formatPercent } from '../figures/format.js';
import type { Claim, NumericClaim } from '../ledger/ledger.js';
import type { AuditSection } from './audit-types.js';
import { approximately, type Audit, datedCounts, ofKind, type Of } from './audit-claims.js';

/** The baseline's own arithmetic: its rate against the count it cites, its claimed date and duration. */
export function baselineChecks(audit: Audit): void {
  for (const rate of ofKind([...audit.statements.values()].flat(), 'rate')) {
    const cited = audit.cited(rate);
    if (!cited || rate.since === undefined || rate.asOf === undefined) continue;
    const since = windowOfText(rate.since);
    const section: AuditSection = rate.id === audit.rate.id ? 'baseline' : 'statements';
    const row = impliedRateRow({
      id: `rate-basis:${rate.id}`,
      tolerance: audit.tolerance,
      casualties: cited.stated,
      casualtiesText: cited.text,
      start: since.first,
      asOf: windowOfText(rate.asOf),
      asOfText: rate.asOf,
      rate: statedOf(rate),
    });
    audit.add(section, row, [rate, ...cited.claims], 'rate against the count it rests on');
  }
  for (const [, group] of audit.statements) {
    const { force, rate } = audit.figuresFor(group);
    const section: AuditSection = rate.id === audit.rate.id ? 'baseline' : 'statements';
    const figures = [force, rate, audit.startClaim];
    for (const date of ofKind(group, 'date').filter((d) => d.marks === 'force-lost')) {
      const row = projectedDateRow({
        id: `projected-date:${date.id}`,
        tolerance: audit.tolerance,
        force: statedOf(force),
        rate: statedOf(rate),
        start: audit.start,
        claimed: windowOfClaim(date),
        claimedText: date.value ?? `${date.low} to ${date.high}`,
      });
      audit.add(section, row, [date, ...figures]);
    }
    for (const duration of ofKind(group, 'duration').filter((d) => d.marks === 'force-lost')) {
      const from = durationStart(audit, duration, rate);
      const row = durationRow({
        id: `duration:${duration.id}`,
        tolerance: audit.tolerance,
        force: statedOf(force),
        rate: statedOf(rate),
        start: audit.start,
        ...(from && { from: from.counted }),
        claimed: durationOf(duration),
        claimedText: claimFigureText(duration).replace(/^about /, ''),
      });
      audit.add(section, row, [duration, ...figures, ...(from?.claims ?? [])]);
    }
  }
}

/** A duration counts from `since`, with the casualties it cites (or the rate's toll) lost by then. */
function durationStart(
  audit: Audit,
  duration: Of<'duration'>,
  rate: NumericClaim,
): { counted: Counted; claims: Claim[] } | undefined {
  if (duration.since === undefined) return undefined;
  const since = windowOfText(duration.since);
  const cited = audit.cited(duration);
  if (cited)
    return { counted: { casualties: cited.stated, asOf: since, asOfText: duration.since }, claims: cited.claims };
  const days = { low: since.first - audit.start + 1, high: since.last - audit.start + 1 };
  const toll = multiply(boundsOf(statedOf(rate)), days);
  return { counted: { casualties: approximately(toll), asOf: since, asOfText: duration.since }, claims: [] };
}

/** Every dated count: the rate it implies from the baseline start, and the full loss that rate projects. */
export function datedChecks(audit: Audit): void {
  const target = audit.targetDate();
  for (const [, group] of audit.statements) {
    for (const count of datedCounts(group, audit.force)) {
      if (count.asOf.last < audit.start) continue;
      const ids = count.claims.map((c) => c.id).join('+');
      const row = impliedRateRow({
        id: `implied-rate:${ids}`,
        tolerance: audit.tolerance,
        casualties: count.stated,
        casualtiesText: count.text,
        start: audit.start,
        asOf: count.asOf,
        asOfText: count.asOfText,
        rate: statedOf(audit.rate),
      });
      audit.add('dated', row, [...count.claims, ...audit.baselineClaims]);
      if (!target) continue;
      const implied = divide(boundsOf(count.stated), {
        low: Math.max(count.asOf.first, audit.start) - audit.start + 1,
        high: count.asOf.last - audit.start + 1,
      });
      const projection = projectedDateRow({
        id: `projection-at-implied-rate:${ids}`,
        tolerance: audit.tolerance,
        force: statedOf(audit.force),
        rate: approximately(implied),
        start: audit.start,
        claimed: windowOfClaim(target),
        claimedText: target.value ?? `${target.low} to ${target.high}`,
      });
      audit.add(
        'dated',
        projection,
        [...count.claims, audit.force, audit.startClaim, target],
        'full loss at the implied rate',
      );
    }
  }
}

/** Force sizes and daily rates from other claimants, set against the baseline's. */
export function acrossChecks(audit: Audit): void {
  const all = [...audit.statements.values()].flat();
  for (const [kind, baseline, title] of [
    ['force', audit.force, "force size against the baseline's"],
    ['rate', audit.rate, "daily rate against the baseline's"],
  ] as const) {
    for (const claim of ofKind(all, kind)) {
      if (claim.id === baseline.id) continue;
      const row = figureRow({
        id: `${kind}:${claim.id}`,
        tolerance: audit.tolerance,
        title,
        unit: kind === 'force' ? 'troops' : 'per-day',
        claimed: statedOf(claim),
        reference: statedOf(baseline),
        referenceText: `the baseline's ${claimFigureText(baseline)} (${baseline.id})`,
      });
      audit.add('across', row, [claim, baseline]);
    }
  }
}

/** Wounded per killed wherever a statement gives both, or the share of its casualties killed. */
export function historyContext(audit: Audit): void {
  const asStated = (c: NumericClaim): Range => ({ low: statedOf(c).low, high: statedOf(c).high });
  for (const [, group] of audit.statements) {
    for (const killed of ofKind(group, 'killed')) {
      const wounded = ofKind(group, 'wounded').find((w) => w.asOf === killed.asOf);
      const total = ofKind(group, 'casualties').find((c) => c.asOf === killed.asOf);
      const bounds = (c: NumericClaim) =>
        c.qualifier === 'at-least' || c.qualifier === 'more-than' || c.qualifier === 'up-to';
      if (wounded) {
        const note =
          bounds(killed) || bounds(wounded) ? 'Both counts are bounds; the ratio takes them as stated.' : undefined;
        const row = woundedToKilledRow({
          id: `wounded-to-killed:${killed.id}+${wounded.id}`,
          killed: asStated(killed),
          wounded: asStated(wounded),
          arithmetic: `${claimFigureText(wounded)} wounded ÷ ${claimFigureText(killed)} killed`,
          ...(note && { note }),
        });
        audit.add('history', row, [wounded, killed]);
      } else if (total) {
        const k = asStated(killed);
        const c = asStated(total);
        const row = woundedToKilledRow({
          id: `wounded-to-killed:${killed.id}+${total.id}`,
          killed: k,
          wounded: { low: Math.max(0, c.low - k.high), high: Math.max(0, c.high - k.low) },
          arithmetic: `(${claimFigureText(total)} − ${claimFigureText(killed)}) ÷ ${claimFigureText(killed)}`,
        });
        audit.add('history', row, [killed, total]);
      }
    }
    for (const share of ofKind(group, 'share').filter((s) => s.of === 'casualties')) {
      if (ofKind(group, 'killed').length > 0) continue;
      const s = asStated(share);
      const row = woundedToKilledRow({
        id: `wounded-to-killed:${share.id}`,
        killed: s,
        wounded: { low: 1 - s.high, high: 1 - s.low },
        arithmetic: `(100 % − ${formatPercent(s.low, 1)}) ÷ ${formatPercent(s.low, 1)} killed`,
      });
      audit.add('history', row, [share]);
    }
  }
}
