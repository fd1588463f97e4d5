import { claimFigureText, durationOf, statedOf } from '../ledger/claim-figures.js';
import { partsSumRow } from './check-rows.js';
import { rateFromShareRow, shareRow } from './figure-rows.js';
import { statedText } from '../figures/figure-text.js';
import type { Claim } from '../ledger/ledger.js';
import { ofKind, type Audit, type Of } from './audit-claims.js';

/** Figures stated together: parts against wholes, shares against counts, a share lost over a span against a rate. */
export function statementChecks(audit: Audit): void {
  for (const [, group] of audit.statements) {
    partsAgainstWholes(audit, group);
    for (const share of ofKind(group, 'share')) {
      shareOfForceLost(audit, group, share);
      shareOfCasualtiesKilled(audit, group, share);
      rateFromShareLost(audit, group, share);
    }
  }
}

/** Killed plus wounded against the casualties of the same date. */
function partsAgainstWholes(audit: Audit, group: readonly Claim[]): void {
  for (const total of ofKind(group, 'casualties')) {
    const killed = ofKind(group, 'killed').find((k) => k.asOf === total.asOf);
    const wounded = ofKind(group, 'wounded').find((w) => w.asOf === total.asOf);
    if (!killed || !wounded) continue;
    const row = partsSumRow({
      id: `killed-plus-wounded:${total.id}`,
      tolerance: audit.tolerance,
      killed: statedOf(killed),
      wounded: statedOf(wounded),
      casualties: statedOf(total),
    });
    audit.add('statements', row, [killed, wounded, total]);
  }
}

/** A share of the force lost against the casualties of the same date and the statement's force. */
function shareOfForceLost(audit: Audit, group: readonly Claim[], share: Of<'share'>): void {
  const force = ofKind(group, 'force')[0];
  const total = ofKind(group, 'casualties').find((c) => c.asOf === share.asOf);
  if (share.of !== 'force' || !force || !total) return;
  const row = shareRow({
    id: `share:${share.id}`,
    tolerance: audit.tolerance,
    title: 'share of the force lost',
    part: statedOf(total),
    partText: `${statedText(statedOf(total), 'casualties', 0)} casualties`,
    whole: statedOf(force),
    wholeText: `${statedText(statedOf(force), 'troops', 0)} troops`,
    share: statedOf(share),
  });
  audit.add('statements', row, [share, total, force]);
}

/** A share of casualties killed against the killed and the casualties of the same date. */
function shareOfCasualtiesKilled(audit: Audit, group: readonly Claim[], share: Of<'share'>): void {
  const sameDay = (c: Claim) => c.asOf === share.asOf;
  const total = ofKind(group, 'casualties').find(sameDay);
  const killed = ofKind(group, 'killed').find(sameDay);
  if (share.of !== 'casualties' || !total || !killed) return;
  const row = shareRow({
    id: `share:${share.id}`,
    tolerance: audit.tolerance,
    title: 'share of casualties killed',
    part: statedOf(killed),
    partText: `${statedText(statedOf(killed), 'casualties', 0)} killed`,
    whole: statedOf(total),
    wholeText: `${statedText(statedOf(total), 'casualties', 0)} casualties`,
    share: statedOf(share),
  });
  audit.add('statements', row, [share, killed, total]);
}

/** A share of the force lost over a counting period against the statement's daily rate. */
function rateFromShareLost(audit: Audit, group: readonly Claim[], share: Of<'share'>): void {
  const span = ofKind(group, 'duration').find((d) => d.marks === 'counting-period');
  const rate = ofKind(group, 'rate')[0];
  if (share.of !== 'force' || !span || !rate) return;
  const base = ofKind(group, 'force')[0] ?? audit.force;
  const row = rateFromShareRow({
    id: `rate-from-share:${share.id}`,
    tolerance: audit.tolerance,
    share: statedOf(share),
    force: statedOf(base),
    duration: durationOf(span),
    durationText: claimFigureText(span).replace(/^about /, ''),
    rate: statedOf(rate),
  });
  audit.add('statements', row, [share, span, rate, base]);
}
