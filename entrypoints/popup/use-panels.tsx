/**
 * The panels under the event (citing it, other captures, the link check), their state, and their code, loaded after the
 * card has shown (components/PagePanels.tsx comes in its own chunk).
 */
import { useMemo } from 'preact/hooks';
import type { EventRecord } from '../../utils/event-record';
import { downloadFile } from '../../utils/common/download';
import { useCitation } from '../../utils/hooks/use-citation';
import { useLazyModule } from '../../utils/hooks/use-lazy-module';
import { useStoredItem } from '../../utils/hooks/use-stored-item';
import type { Translate } from '../../utils/i18n/translate';
import { linkLabels } from '../../utils/links/link-labels';
import { captureSettingsItem, pageSettingsItem } from '../../utils/storage';
import { isoToEpochMs } from '../../utils/time/format-event-time';
import { useCaptures } from './use-captures';
import { useLinkCheck } from './use-link-check';

/** The capture the tab shows, as 14 digits, to mark it in the lists of other captures. */
function currentTimestamp(record: EventRecord): string | null {
  return record.page.capturedAt
    ? record.page.capturedAt.replace(/\D/g, '').slice(0, 14)
    : (record.page.captureTimestamp?.padEnd(14, '0') ?? null);
}

/** `shown`: the record shown (corrections applied); `key`: its event's key, `null` on a page without an event. */
export function usePanels(
  t: Translate,
  locale: string,
  tabId: number | null,
  shown: EventRecord | null,
  key: string | null,
) {
  const module = useLazyModule(() => import('../../components/PagePanels'));
  const [captureSettings, saveCaptureSettings] = useStoredItem(captureSettingsItem);
  const [pageSettings] = useStoredItem(pageSettingsItem);
  const pageUrl = shown?.page.originalUrl ?? null;
  const captures = useCaptures(tabId, pageUrl);
  const linkCheck = useLinkCheck(tabId, key ?? pageUrl, pageUrl, pageSettings.autoCheckLinks);
  const labels = useMemo(() => (shown ? linkLabels(shown, t) : new Map<string, string>()), [shown]);
  // Accessed today: the reader is reading the capture now. A capture without an event is cited too, by its own title.
  const cite = useCitation(t, shown, Date.now(), locale);
  if (!module || !shown) return null;
  const event = shown.event;
  const exportCsv = async () => {
    if (linkCheck.state.kind !== 'done') return;
    const { linkResultsCsv } = await import('../../utils/links/links-csv');
    const host = new URL(shown.page.originalUrl).hostname;
    downloadFile(linkResultsCsv(linkCheck.state.results, labels), `event-lens-links-${host}.csv`, 'text/csv');
  };
  return (
    <module.PagePanels
      t={t}
      locale={locale}
      captures={{
        state: captures.state,
        eventStartMs: event?.start.iso ? isoToEpochMs(event.start.iso) : null,
        eventEndMs: event?.end.iso ? isoToEpochMs(event.end.iso) : null,
        currentTimestamp: currentTimestamp(shown),
        settings: captureSettings,
        onSettings: (next) => void saveCaptureSettings(next).then(() => captures.ask(false)),
        onRefresh: () => captures.ask(true),
      }}
      cite={cite}
      linkCheck={{
        state: linkCheck.state,
        labels,
        onCheck: linkCheck.start,
        onCancel: linkCheck.cancel,
        onExportCsv: () => void exportCsv(),
      }}
    />
  );
}
