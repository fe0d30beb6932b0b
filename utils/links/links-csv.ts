/** A link check as CSV (utils/common/csv.ts: RFC 4180, formulas defused), one row per address. */
import { csvTable } from '../common/csv';
import type { LinkResult } from './link-check-types';

const HEADER = ['url', 'label', 'verdict', 'reason', 'http', 'final_url', 'title', 'archived_copy', 'checked_at'];

export function linkResultsCsv(
  results: readonly LinkResult[],
  labels: ReadonlyMap<string, string> = new Map(),
): string {
  const rows = results.map((r) => [
    r.url,
    labels.get(r.url) ?? '',
    r.verdict,
    r.reason,
    r.steps.map((s) => `${s.method} ${s.status ?? s.error ?? '-'}`).join(' > '),
    r.finalUrl ?? '',
    r.title ?? '',
    r.archivedUrl ?? '',
    new Date(r.checkedAt).toISOString(),
  ]);
  return csvTable(HEADER, rows);
}

/** "5 live, 2 moved, 1 gone": counts by verdict, in a fixed order, only those present. */
export function countVerdicts(results: readonly LinkResult[]): [LinkResult['verdict'], number][] {
  const order: LinkResult['verdict'][] = [
    'live',
    'moved',
    'soft-404',
    'gone',
    'expired',
    'blocked',
    'unreachable',
    'not-checked',
  ];
  return order
    .map((v) => [v, results.filter((r) => r.verdict === v).length] as [LinkResult['verdict'], number])
    .filter(([, n]) => n > 0);
}
