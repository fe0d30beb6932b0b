/**
 * The one way Event Lens hands a file to the browser as a download (the popup's .ics and link CSV, the
 * library's exports, the card's .ics): a `blob:` address on a link that is clicked and taken away. A `blob:`
 * address also works from the card's script inside a web page, where a `data:` one may be refused.
 */
import type { EventRecord } from '../event-record';

export function downloadFile(
  text: string,
  fileName: string,
  type: string,
  /** Where the link is put for its click: the page's body, or the card's closed shadow root. */
  parent: ParentNode = document.body,
): void {
  const href = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  parent.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by then; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/** The event's .ics as a download; the calendar writer is loaded only now (most openings never need it). */
export async function downloadIcs(record: EventRecord, parent?: ParentNode): Promise<void> {
  const { buildIcs, icsFileName } = await import('../calendar/build-ics');
  const ics = buildIcs(record, new Date());
  if (ics !== null) downloadFile(ics, icsFileName(record), 'text/calendar', parent);
}
