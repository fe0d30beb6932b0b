import type { ComponentProps } from 'preact';
import type { CalendarLinks } from '../utils/calendar/calendar-links';
import type { EventDetails, EventRecord } from '../utils/event-record';
import type { MessageKey, Translate } from '../utils/i18n';
import { CaptureLine } from './CaptureLine';
import { CapturesPanel } from './CapturesPanel';
import { EventCard } from './EventCard';
import { LinkCheckPanel } from './LinkCheckPanel';
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
  /** Other captures of the page, when the container asked the archives. */
  captures?: Omit<ComponentProps<typeof CapturesPanel>, 't' | 'locale'>;
  /** Checking the page's links, when the container offers it. */
  linkCheck?: Omit<ComponentProps<typeof LinkCheckPanel>, 't'>;
  save?: CardProps['save'];
};

const NO_EVENT_KEYS = {
  'not-unesco': 'noEvent_not_unesco',
  'not-an-event-page': 'noEvent_not_an_event_page',
  'no-title': 'noEvent_no_title',
  'no-date': 'noEvent_no_date',
  unreadable: 'noEvent_unreadable',
} as const;

/** Every state of the popup, each with its own look. */
export function PopupView({
  t,
  state,
  prefs,
  display,
  onDownloadIcs,
  copy,
  correction,
  captures,
  linkCheck,
  save,
}: Props) {
  const panel = (
    <>
      {captures && <CapturesPanel t={t} locale={prefs.locale} {...captures} />}
      {linkCheck && <LinkCheckPanel t={t} {...linkCheck} />}
    </>
  );
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

/** The extension's own explanation (written in English), under the translated summary. */
function Detail({ t, text }: { t: Translate; text: string }) {
  return (
    <p class="detail" data-testid="detail">
      <span class="detail-label">{t('detailsInEnglish')}</span> <span lang="en">{text}</span>
    </p>
  );
}
