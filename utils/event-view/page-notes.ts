/**
 * What the popup says about the capture itself: when the archive served another capture than the address asks
 * for, said in the reader's language with dates as the reader writes them (issue 24), and the page's other notes
 * (in English). The analysis writes the mismatch among its notes too, with ISO dates: said once, here.
 */
import type { PageInfo } from '../event-record';
import { archiveTimestampToIso } from '../time/timestamp';

/** How the analysis's note on a served capture begins (utils/page/analyse-page.ts). */
const SERVED_NOTE_PREFIX = 'The address asks for a capture of';

export type PageNotes = {
  /** The capture the address asks for and the one served, as ISO instants, when they differ. */
  servedOther: { requested: string; served: string } | null;
  warnings: string[];
};

export function pageNotes(page: PageInfo): PageNotes {
  const requested = page.captureTimestamp?.length === 14 ? archiveTimestampToIso(page.captureTimestamp) : null;
  const servedOther =
    requested && page.capturedAt && page.capturedAt !== requested ? { requested, served: page.capturedAt } : null;
  return {
    servedOther,
    warnings: servedOther ? page.warnings.filter((w) => !w.startsWith(SERVED_NOTE_PREFIX)) : page.warnings,
  };
}
