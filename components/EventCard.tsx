import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails, EventRecord, FieldName } from '../utils/event-record';
import type { Translate } from '../utils/i18n';
import { formatEventTimes, type TimeFormatOptions } from '../utils/time/format-event-time';
import { CalendarButtons } from './CalendarButtons';
import { CaptureLine } from './CaptureLine';
import { CopyButtons } from './CopyButtons';
import { CorrectionForm } from './CorrectionForm';
import { DisplayOptions, type DisplayOptionsProps } from './DisplayOptions';
import { LinkList } from './LinkList';
import { SaveControls, type SaveControlsProps } from './SaveControls';
import { TimeTable } from './TimeTable';

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

const BASIS_KEYS = {
  'stated-zone': 'basis_stated_zone',
  'stated-offset': 'basis_stated_offset',
  venue: 'basis_venue',
  'site-default': 'basis_site_default',
  corrected: 'basis_corrected',
  none: 'basis_none',
} as const;

/** The event as read from the page: what, when (in every zone that matters), where, links, and provenance. */
export function EventCard({
  save,
  t,
  record,
  event,
  prefs,
  calendar,
  display,
  onDownloadIcs,
  copy,
  correction,
}: Props) {
  const times = formatEventTimes(event, prefs);
  const zone = event.timeZone;
  const sources = Object.entries(event.sources) as [FieldName, { text: string; rule: string }][];
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
      <TimeTable t={t} times={times} />
      {event.start.time && (zone.basis === 'site-default' || zone.basis === 'none') && (
        <p class="zone-guessed" role="note" data-testid="zone-guessed">
          {zone.iana ? t('zoneAssumed', zone.iana) : t('zoneUnknownAsWritten')} {correction ? t('zoneCorrectHint') : ''}
        </p>
      )}
      {display && <DisplayOptions t={t} {...display} />}
      {zone.iana && (
        <p class="zone" title={event.sources.timeZone?.text}>
          {t('zoneLine', zone.iana)}
          {zone.text ? t('zoneWrittenAs', zone.text) : ''} ({t(BASIS_KEYS[zone.basis])})
        </p>
      )}
      <p class="location" data-testid="event-location" title={event.sources.location?.text}>
        {event.location.mode && <span class="mode">{t(`mode_${event.location.mode}`)}</span>}{' '}
        {event.location.text && event.location.text !== 'Online' ? event.location.text : ''}
        {!event.location.text && !event.location.mode ? t('locationNotStated') : ''}
      </p>
      {event.warnings.length > 0 && (
        <ul class="warnings" lang="en" aria-label={t('warningsLabel')} data-testid="event-warnings">
          {event.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {calendar && onDownloadIcs && <CalendarButtons t={t} links={calendar} onDownloadIcs={onDownloadIcs} />}
      {save && <SaveControls t={t} {...save} />}
      {copy && <CopyButtons t={t} {...copy} />}
      {correction && <CorrectionForm t={t} {...correction} />}
      <LinkList t={t} links={event.links} />
      <details class="sources">
        <summary>{t('sourcesSummary')}</summary>
        <dl>
          {sources.map(([field, source]) => (
            <div key={field}>
              <dt>
                {t(`field_${field}`)} <span class="rule">{source.rule}</span>
              </dt>
              <dd>{source.text}</dd>
            </div>
          ))}
        </dl>
      </details>
      <CaptureLine t={t} page={record.page} locale={prefs.locale} />
    </main>
  );
}
