import type { ComponentProps } from 'preact';
import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../utils/event-record';
import type { DisplayOptionsProps } from './DisplayOptions';
import { EventCard } from './EventCard';
import { Notice } from './Notice';
import { CaptureLine } from './CaptureLine';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'not-archived' }
  | { kind: 'no-event'; record: EventRecord }
  | { kind: 'event'; record: EventRecord; event: EventDetails; calendar: CalendarLinks | null }
  | { kind: 'error'; message: string };

type Props = {
  state: PopupState;
  prefs: { readerZone: string; locale: string; hour12: boolean; extraZones?: readonly string[] };
  display?: DisplayOptionsProps;
  onDownloadIcs?: () => void;
  copy?: { onCopyText: () => void; onCopyJson: () => void; message: string | null };
  correction?: ComponentProps<typeof EventCard>['correction'];
};

/** Every state of the popup, each with its own look. */
export function PopupView({ state, prefs, display, onDownloadIcs, copy, correction }: Props) {
  switch (state.kind) {
    case 'loading':
      return <Notice tone="quiet" title="Reading this page…" />;
    case 'not-archived':
      return (
        <Notice tone="quiet" title="Not an archived UNESCO page">
          Event Lens reads UNESCO event pages, live on unesco.org or captured in a web archive (UNESCO’s web archive,
          the Internet Archive, Archive-It and a dozen national archives). Open one and click the icon again.
        </Notice>
      );
    case 'no-event':
      return (
        <main class="popup">
          <Notice tone="info" title="No event on this page">
            {state.record.noEvent?.message ?? 'Event Lens found no event here.'}
          </Notice>
          <CaptureLine page={state.record.page} />
        </main>
      );
    case 'event':
      return (
        <EventCard
          record={state.record}
          event={state.event}
          prefs={prefs}
          calendar={state.calendar}
          {...(display && { display })}
          {...(onDownloadIcs && { onDownloadIcs })}
          {...(copy && { copy })}
          {...(correction && { correction })}
        />
      );
    case 'error':
      return (
        <Notice tone="error" title="Event Lens could not read this tab">
          {state.message}
        </Notice>
      );
  }
}
