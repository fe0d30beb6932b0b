import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../utils/event-record';
import { eventNotes } from '../utils/event-view/event-notes';
import type { Translate } from '../utils/i18n/translate';
import { formatTimeRows, type TimeFormatOptions } from '../utils/time/format-event-time';
import { CalendarButtons } from './CalendarButtons';
import { CaptureLine } from './CaptureLine';
import { CopyButtons } from './CopyButtons';
import { CorrectionForm } from './CorrectionForm';
import { DisplayOptions, type DisplayOptionsProps } from './DisplayOptions';
import { EventPlace } from './EventPlace';
import { FieldSourceList } from './FieldSourceList';
import { LinkList } from './LinkList';
import { SaveControls, type SaveControlsProps } from './SaveControls';
import { TimeTable } from './TimeTable';
import { WarningText } from './WarningText';
import { zoneSourceText } from '../utils/event-view/zone-source';

type Props = {
  t: Translate;
  record: EventRecord;
  event: EventDetails;
  prefs: TimeFormatOptions;
  calendar: CalendarLinks | null;
  /** The zone and clock settings, when the container offers them. */
  display?: Omit<DisplayOptionsProps, 't'>;
  onDownloadIcs?: () => void;
  /** Correcting, when the container offers it. */
  correction?: Omit<Parameters<typeof CorrectionForm>[0], 'original' | 't'> & { original: EventDetails };
  /** Copying, when the container offers it. */
  copy?: { onCopyText: () => void; onCopyJson: () => void; message: string | null };
  /** Saving to the library, when the container offers it. */
  save?: SaveControlsProps;
};

/** The event as read from the page: what, when (in every zone that matters), where, links, and provenance. */
export function EventCard(props: Props) {
  const { t, record, event, prefs, calendar, display, onDownloadIcs, copy, correction, save } = props;
  const times = formatTimeRows(event, prefs);
  const notes = eventNotes(event);
  return (
    <main class="popup event-card">
      <p class="kicker">{record.page.archive ? t('kickerArchived') : t('kickerLive')}</p>
      <h1 data-testid="event-title" title={event.sources.title?.text}>
        {event.title}
      </h1>
      {event.status !== 'scheduled' && (
        <p class={`status status-${event.status}`}>
          {event.status === 'postponed' ? t('statusPostponed') : t('statusCancelled')}
        </p>
      )}
      <p class="date" data-testid="event-date" title={event.sources.start?.text}>
        {times.dateText}
      </p>
      <TimeTable t={t} times={times} zoneSource={zoneSourceText(t, event)} />
      {notes.zoneAssumed && (
        <p class="note note-warn" role="note" data-testid="zone-guessed">
          {notes.zoneAssumed.zone ? t('zoneAssumed', notes.zoneAssumed.zone) : t('zoneUnknownAsWritten')}{' '}
          {correction ? t('zoneCorrectHint') : ''}
        </p>
      )}
      {display && <DisplayOptions t={t} {...display} />}
      <EventPlace t={t} event={event} />
      {notes.warnings.length > 0 && (
        <ul class="warnings" aria-label={t('warningsLabel')} data-testid="event-warnings">
          {notes.warnings.map((w) => (
            <li key={w.text} data-code={w.code}>
              <WarningText t={t} warning={w} locale={prefs.locale} />
            </li>
          ))}
        </ul>
      )}
      {calendar && onDownloadIcs && <CalendarButtons t={t} links={calendar} onDownloadIcs={onDownloadIcs} />}
      {save && <SaveControls t={t} {...save} />}
      {copy && <CopyButtons t={t} {...copy} />}
      {correction && <CorrectionForm t={t} {...correction} />}
      <LinkList t={t} links={event.links} />
      <FieldSourceList t={t} event={event} />
      <CaptureLine t={t} page={record.page} locale={prefs.locale} />
    </main>
  );
}
