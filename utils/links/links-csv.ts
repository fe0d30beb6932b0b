/**
 * A link check as CSV (RFC 4180: CRLF, fields quoted when needed, quotes doubled), one row per address. Cells
 * that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) get a leading `'`:
 * addresses and titles come from pages we do not control.
 */
import type { LinkResult } from './link-check-types';

const HEADER = ['url', 'label', 'verdict', 'reason', 'http', 'final_url', 'title', 'archived_copy', 'checked_at'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

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
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
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
