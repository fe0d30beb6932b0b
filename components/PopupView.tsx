import type { ComponentChildren, ComponentProps } from 'preact';
import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../utils/event-record';
import type { MessageKey, Translate } from '../utils/i18n/translate';
import { CaptureLine } from './CaptureLine';
import { EventCard } from './EventCard';
import { ListingPicker, type ListingPickerProps } from './ListingPicker';
import { Notice } from './Notice';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'not-archived' }
  | { kind: 'no-event'; record: EventRecord }
  | { kind: 'event'; record: EventRecord; event: EventDetails; calendar: CalendarLinks | null }
  /** `message` is one of the popup's own messages; `detail`, when there is one, is what failed, in English. */
  | { kind: 'error'; message: MessageKey; detail?: string };

type CardProps = ComponentProps<typeof EventCard>;

type Props = {
  t: Translate;
  state: PopupState;
  prefs: CardProps['prefs'];
  display?: CardProps['display'];
  onDownloadIcs?: () => void;
  copy?: CardProps['copy'];
  correction?: CardProps['correction'];
  /** What the page offers under the event: its other captures, the link check (components/PagePanels.tsx). */
  panels?: ComponentChildren;
  save?: CardProps['save'];
  /** A page that lists several events: which one the card is about. */
  listing?: ListingPickerProps;
};

const NO_EVENT_KEYS = {
  'not-unesco': 'noEvent_not_unesco',
  'not-an-event-page': 'noEvent_not_an_event_page',
  'no-title': 'noEvent_no_title',
  'no-date': 'noEvent_no_date',
  unreadable: 'noEvent_unreadable',
} as const;

/** Every state of the popup, each with its own look. */
export function PopupView({ t, state, prefs, display, onDownloadIcs, copy, correction, panels, save, listing }: Props) {
  const panel = panels ?? null;
  switch (state.kind) {
    case 'loading':
      return <Notice tone="quiet" title={t('loading')} />;
    case 'not-archived':
      return (
        <Notice tone="quiet" title={t('notArchivedTitle')}>
          {t('notArchivedBody')}
        </Notice>
      );
    case 'no-event': {
      const reason = state.record.noEvent;
      return (
        <main class="popup">
          <Notice tone="info" title={t('noEventTitle')}>
            {reason ? t(NO_EVENT_KEYS[reason.code]) : null}
          </Notice>
          {reason && <Detail t={t} text={reason.message} />}
          <CaptureLine t={t} page={state.record.page} locale={prefs.locale} />
          {panel}
        </main>
      );
    }
    case 'event':
      return (
        <>
          {listing && <ListingPicker t={t} id="popup-listing" {...listing} />}
          <EventCard
            t={t}
            record={state.record}
            event={state.event}
            prefs={prefs}
            calendar={state.calendar}
            {...(display && { display })}
            {...(onDownloadIcs && { onDownloadIcs })}
            {...(copy && { copy })}
            {...(correction && { correction })}
            {...(save && { save })}
          />
          {panel}
        </>
      );
    case 'error':
      return (
        <main class="popup">
          <Notice tone="error" title={t('errorTitle')}>
            {t(state.message)}
          </Notice>
          {state.detail && <Detail t={t} text={state.detail} />}
        </main>
      );
  }
}

/** The extension's own explanation (written in English), folded under the translated summary. */
function Detail({ t, text }: { t: Translate; text: string }) {
  return (
    <details class="detail" data-testid="detail">
      <summary class="detail-label">{t('detailsInEnglish')}</summary>
      <p lang="en">{text}</p>
    </details>
  );
}
