import type { EventDetails } from '../utils/event-record';
import type { Translate } from '../utils/i18n/translate';

/** How one attends (online, in person, hybrid) and the place the page gives. */
export function EventPlace({ t, event }: { t: Translate; event: EventDetails }) {
  const { mode, text } = event.location;
  const place = text && text !== 'Online' ? text : null;
  return (
    <p class="location" data-testid="event-location" title={event.sources.location?.text}>
      {mode && <span class={`mode mode-${mode}`}>{t(`mode_${mode}`)}</span>}
      {mode && place ? ' ' : ''}
      {place}
      {!place && !mode ? t('locationNotStated') : ''}
    </p>
  );
}
