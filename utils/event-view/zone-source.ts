import type { EventDetails } from '../event-record';
import type { Translate } from '../i18n/translate';

const BASIS_KEYS = {
  'stated-zone': 'basis_stated_zone',
  'stated-offset': 'basis_stated_offset',
  venue: 'basis_venue',
  'site-default': 'basis_site_default',
  corrected: 'basis_corrected',
  none: 'basis_none',
} as const;

/** "Time zone Europe/Paris, written as “CET” (stated on the page)": where the event's zone came from. */
export function zoneSourceText(t: Translate, event: EventDetails): string | null {
  const zone = event.timeZone;
  if (!zone.iana) return null;
  return `${t('zoneLine', zone.iana)}${zone.text ? t('zoneWrittenAs', zone.text) : ''} (${t(BASIS_KEYS[zone.basis])})`;
}
