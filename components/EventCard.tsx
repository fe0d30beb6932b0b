import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails, EventRecord, FieldName } from '../utils/event-record';
import { formatEventTimes } from '../utils/time/format-event-time';
import { CalendarButtons } from './CalendarButtons';
import { CaptureLine } from './CaptureLine';
import { CopyButtons } from './CopyButtons';
import { CorrectionForm } from './CorrectionForm';
import { DisplayOptions, type DisplayOptionsProps } from './DisplayOptions';
import { LinkList } from './LinkList';
import { TimeTable } from './TimeTable';

type Props = {
  record: EventRecord;
  event: EventDetails;
  prefs: { readerZone: string; locale: string; hour12: boolean; extraZones?: readonly string[] };
  calendar: CalendarLinks | null;
  /** The zone and clock settings, when the container offers them. */
  display?: DisplayOptionsProps;
  onDownloadIcs?: () => void;
  /** Correcting, when the container offers it. */
  correction?: Omit<Parameters<typeof CorrectionForm>[0], 'original'> & { original: EventDetails };
  /** Copying, when the container offers it. */
  copy?: { onCopyText: () => void; onCopyJson: () => void; message: string | null };
};

const MODE_LABELS = { online: 'Online', in_person: 'In person', hybrid: 'Hybrid (in person and online)' } as const;
const BASIS_TEXT = {
  'stated-zone': 'stated on the page',
  'stated-offset': 'offset stated on the page',
  venue: 'from the venue',
  'site-default': 'assumed from the site: check it',
  corrected: 'as you corrected it',
  none: 'not stated',
} as const;
const FIELD_LABELS: Record<FieldName, string> = {
  title: 'Title',
  start: 'Date and time',
  end: 'End',
  timeZone: 'Time zone',
  location: 'Location',
  links: 'Links',
  status: 'Status',
};

/** The event as read from the page: what, when (in every zone that matters), where, links, and provenance. */
export function EventCard({ record, event, prefs, calendar, display, onDownloadIcs, copy, correction }: Props) {
  const times = formatEventTimes(event, prefs);
  const zone = event.timeZone;
  const sources = Object.entries(event.sources) as [FieldName, { text: string; rule: string }][];
  return (
    <main class="popup event-card">
      <p class="kicker">Archived UNESCO event</p>
      <h1 data-testid="event-title" title={event.sources.title?.text}>
        {event.title}
      </h1>
      {event.status !== 'scheduled' && (
        <p class={`status status-${event.status}`}>{event.status === 'postponed' ? 'Postponed' : 'Cancelled'}</p>
      )}
      <p class="date" data-testid="event-date" title={event.sources.start?.text}>
        {times.dateText}
      </p>
      <TimeTable times={times} />
      {event.start.time && (zone.basis === 'site-default' || zone.basis === 'none') && (
        <p class="zone-guessed" role="note" data-testid="zone-guessed">
          {zone.iana
            ? `The page does not say which time zone; ${zone.iana} is assumed.`
            : 'The page does not say which time zone, so the times are shown as written.'}{' '}
          {correction ? 'If that is wrong, correct it below (“Correct this event”).' : ''}
        </p>
      )}
      {display && <DisplayOptions {...display} />}
      {zone.iana && (
        <p class="zone" title={event.sources.timeZone?.text}>
          Time zone {zone.iana}
          {zone.text ? `, written as “${zone.text}”` : ''} ({BASIS_TEXT[zone.basis]})
        </p>
      )}
      <p class="location" data-testid="event-location" title={event.sources.location?.text}>
        {event.location.mode && <span class="mode">{MODE_LABELS[event.location.mode]}</span>}{' '}
        {event.location.text && event.location.text !== 'Online' ? event.location.text : ''}
        {!event.location.text && !event.location.mode ? 'Location not stated' : ''}
      </p>
      {event.warnings.length > 0 && (
        <ul class="warnings" data-testid="event-warnings">
          {event.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {calendar && onDownloadIcs && <CalendarButtons links={calendar} onDownloadIcs={onDownloadIcs} />}
      {copy && <CopyButtons {...copy} />}
      {correction && <CorrectionForm {...correction} />}
      <LinkList links={event.links} />
      <details class="sources">
        <summary>Where each field came from</summary>
        <dl>
          {sources.map(([field, source]) => (
            <div key={field}>
              <dt>
                {FIELD_LABELS[field]} <span class="rule">{source.rule}</span>
              </dt>
              <dd>{source.text}</dd>
            </div>
          ))}
        </dl>
      </details>
      <CaptureLine page={record.page} />
    </main>
  );
}
