/**
 * What the popup says about the capture itself: when the archive served another capture than the address asks
 * for, with dates as the reader writes them (issue 24), and the page's other notes. The analysis writes the
 * mismatch among its notes too (`served-other-capture`): said once, here, found by its code.
 */
import type { PageInfo, Warning } from '../event-record';
import { archiveTimestampToIso } from '../time/timestamp';

export type PageNotes = {
  /** The capture the address asks for and the one served, as ISO instants, when they differ. */
  servedOther: { requested: string; served: string } | null;
  warnings: Warning[];
};

export function pageNotes(page: PageInfo): PageNotes {
  const requested = page.captureTimestamp?.length === 14 ? archiveTimestampToIso(page.captureTimestamp) : null;
  const servedOther =
    requested && page.capturedAt && page.capturedAt !== requested ? { requested, served: page.capturedAt } : null;
  return {
    servedOther,
    warnings: servedOther ? page.warnings.filter((w) => w.code !== 'served-other-capture') : page.warnings,
  };
}
