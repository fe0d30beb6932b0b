import type { PageInfo } from '../utils/event-record';
import { pageNotes } from '../utils/event-view/page-notes';
import type { Translate } from '../utils/i18n/translate';
import { formatCaptureTime } from '../utils/time/format-event-time';
import { WarningText } from './WarningText';

type Props = { t: Translate; page: PageInfo; locale: string };

/** "Captured 6 Dec 2020, 07:20 UTC on UNESCO Web Archive (UNESCO collection)", and the original's address. */
export function CaptureLine({ t, page, locale }: Props) {
  if (!page.archive) return null;
  const captured = page.capturedAt
    ? t('capturedOn', [formatCaptureTime(page.capturedAt, locale), page.archive.name])
    : t('capturedUnknownTime', page.archive.name);
  const collection = page.archive.collection?.name ? ` ${t('collection', page.archive.collection.name)}` : '';
  const notes = pageNotes(page);
  return (
    <footer class="capture" data-testid="capture-line">
      <p>
        {captured}
        {collection}
      </p>
      <p class="original">
        {t('original')}{' '}
        <a href={page.originalUrl} target="_blank" rel="noopener noreferrer">
          {page.originalUrl}
        </a>
      </p>
      {notes.servedOther && (
        <p class="warning" data-testid="served-other">
          {t('servedOther', [
            formatCaptureTime(notes.servedOther.requested, locale),
            formatCaptureTime(notes.servedOther.served, locale),
          ])}
        </p>
      )}
      {notes.warnings.map((w) => (
        <p class="warning" key={w.text} data-code={w.code}>
          <WarningText t={t} warning={w} locale={locale} />
        </p>
      ))}
    </footer>
  );
}
