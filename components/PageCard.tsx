import type { Translate } from '../utils/i18n';

export type PageCardProps = {
  t: Translate;
  title: string;
  /** "Tue 17 Nov 2020, 21:00–22:30 (Asia/Seoul)"; `null` when the page gives no time or zone. */
  yourTime: string | null;
  eventTime: string;
  /** Other captures already known from an earlier look (never fetched for the card). */
  captureCount: number | null;
  googleUrl: string | null;
  collapsed: boolean;
  onToggle: () => void;
  onAddToCalendar: () => void;
  onDetails: () => void;
  onHideSite: () => void;
  saved: boolean;
  onToggleSave: () => void;
};

/** The small card Event Lens puts on a recognised event capture, in its own shadow root. */
export function PageCard(p: PageCardProps) {
  const { t } = p;
  if (p.collapsed) {
    return (
      <aside class="card collapsed" aria-label={t('cardLabel')}>
        <button type="button" class="chip" onClick={p.onToggle} data-testid="card-expand">
          Event Lens · {t('cardExpand')}
        </button>
      </aside>
    );
  }
  return (
    <aside class="card" aria-label={t('cardLabel')} data-testid="page-card">
      <header>
        <span class="brand">Event Lens</span>
        <button
          type="button"
          class="icon"
          onClick={p.onToggle}
          aria-label={t('cardCollapse')}
          title={t('cardCollapse')}
        >
          –
        </button>
      </header>
      <p class="title">{p.title}</p>
      {p.yourTime && (
        <p class="time" data-testid="card-your-time">
          <span class="label">{t('cardYourTime')}</span> {p.yourTime}
        </p>
      )}
      <p class="time event-time">
        <span class="label">{t('cardEventTime')}</span> {p.eventTime}
      </p>
      <p class="actions">
        <button type="button" onClick={p.onAddToCalendar} data-testid="card-ics">
          {t('cardAddToCalendar')}
        </button>
        <button type="button" aria-pressed={p.saved} onClick={p.onToggleSave} data-testid="card-save">
          {p.saved ? t('savedEvent') : t('saveEvent')}
        </button>
        {p.googleUrl && (
          <a href={p.googleUrl} target="_blank" rel="noopener noreferrer">
            Google Calendar
          </a>
        )}
      </p>
      {p.captureCount !== null && <p class="quiet">{t('cardCaptures', String(p.captureCount))}</p>}
      <p class="actions quiet">
        <button type="button" class="link" onClick={p.onDetails} data-testid="card-details">
          {t('cardDetails')}
        </button>
        <button type="button" class="link" onClick={p.onHideSite} data-testid="card-hide-site">
          {t('cardHideSite')}
        </button>
      </p>
    </aside>
  );
}
