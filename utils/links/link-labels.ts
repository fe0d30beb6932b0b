/** What each checked address is on the page ("Registration: Register here"), for the link check's list and CSV. */
import type { EventRecord } from '../event-record';
import type { Translate } from '../i18n/translate';

export function linkLabels(record: EventRecord, t: Translate): Map<string, string> {
  const labels = new Map<string, string>([[record.page.originalUrl, t('linksThisPage')]]);
  for (const l of record.event?.links ?? [])
    if (!labels.has(l.url)) labels.set(l.url, `${t(`kind_${l.kind}`)}: ${l.text}`);
  return labels;
}
