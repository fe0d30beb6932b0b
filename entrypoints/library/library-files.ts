/**
 * The library's files: exporting the events shown or chosen, and importing an export back (the container,
 * App.tsx, calls these; the formats are utils/library/ and utils/citation/).
 */
import type { ExportFormat } from '../../components/LibraryView';
import { downloadFile } from '../../utils/common/download';
import { translateCount, type Translate } from '../../utils/i18n/translate';
import { eventsCsv } from '../../utils/library/events-csv';
import { readImportFile } from '../../utils/library/read-saved';
import { exportJson, MAX_SAVED_EVENTS } from '../../utils/library/saved-events';
import { importSavedEvents } from '../../utils/storage';
import type { Shown } from './use-library-events';

/**
 * Writes the events shown or chosen as one file: a calendar, the records (as the reader sees them), a table, or
 * references (each accessed on the day it was saved) that Zotero and the like import as they are.
 */
export async function exportFile(
  format: ExportFormat,
  items: readonly Shown[],
  title: string,
  lang: string,
): Promise<void> {
  const stamp = new Date().toISOString().slice(0, 10);
  const records = items.map((i) => i.record);
  if (format === 'bibtex' || format === 'ris' || format === 'csl-json') {
    const { citeRecords, CITATION_FILES } = await import('../../utils/citation/cite');
    const text = await citeRecords(
      items.map((i) => ({ record: i.record, accessedMs: i.saved.savedAt })),
      format,
      lang,
    );
    const file = CITATION_FILES[format];
    downloadFile(text, `event-lens-references-${stamp}.${file.extension}`, file.type);
  } else if (format === 'ics') {
    const { buildIcsCalendar } = await import('../../utils/calendar/build-ics');
    downloadFile(buildIcsCalendar(records, new Date(), title), `event-lens-events-${stamp}.ics`, 'text/calendar');
  } else if (format === 'json') {
    // The records as the reader sees them (corrections applied), so an import restores exactly that.
    const json = exportJson(
      items.map((i) => ({ savedAt: i.saved.savedAt, record: i.record })),
      new Date(),
    );
    downloadFile(json, `event-lens-events-${stamp}.json`, 'application/json');
  } else {
    downloadFile(eventsCsv(records), `event-lens-events-${stamp}.csv`, 'text/csv');
  }
}

/**
 * What an import says: how many came in (and were left out), or why nothing did. The file's size is checked
 * before it is read; an import that would not fit is refused whole, and no saved event is dropped to make room
 * (utils/library/saved-events.ts).
 */
export async function importFile(file: Blob, t: Translate): Promise<string> {
  const parsed = await readImportFile(file);
  if (!parsed.ok) {
    const keys = {
      'not-json': 'libraryImportNotJson',
      'too-large': 'libraryImportTooLarge',
      unreadable: 'libraryImportUnreadable',
      'not-an-export': 'libraryImportNotExport',
    } as const;
    return t(keys[parsed.reason]);
  }
  const outcome = await importSavedEvents(parsed.events);
  if (outcome === 'quota') return t('savedQuota');
  if (outcome === 'full') {
    return t('libraryImportOverLimit', [String(parsed.events.length), String(MAX_SAVED_EVENTS)]);
  }
  const rejected = parsed.rejected > 0 ? ` ${translateCount(t, 'libraryImportRejected', parsed.rejected)}` : '';
  return `${translateCount(t, 'libraryImported', parsed.events.length)}${rejected}`;
}
