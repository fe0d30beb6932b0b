/** The reader's own zone, language and clock, and the settings that override them, as time options. */
import { DateTime } from 'luxon';
import type { TimeFormatOptions } from './format-event-time';

/**
 * The reader's zone, and the locale times are written in (the browser's, or `locale`: the language the reader chose
 * for Event Lens, utils/ui-language.ts) with whether it uses a 12-hour clock.
 */
export function readerPreferences(locale?: string): { readerZone: string; locale: string; hour12: boolean } {
  const resolved = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  return { readerZone: resolved.timeZone, locale: resolved.locale, hour12: resolved.hour12 ?? false };
}

/**
 * The time options every page of the extension shows events with: the reader's settings (home zone when set
 * and valid, clock, extra zones) over the browser's own.
 */
export function displayPreferences(
  settings: { homeZone: string | null; hourCycle: 'locale' | 'h12' | 'h23'; extraZones: readonly string[] },
  readerLabel: (zone: string) => string,
  locale?: string,
): TimeFormatOptions {
  const reader = readerPreferences(locale);
  const home = settings.homeZone && DateTime.local().setZone(settings.homeZone).isValid ? settings.homeZone : null;
  return {
    ...reader,
    readerZone: home ?? reader.readerZone,
    readerLabel,
    hour12: isTwelveHourClock(settings.hourCycle, reader.hour12),
    extraZones: settings.extraZones,
  };
}

/** Whether the reader's locale uses a 12-hour clock, or the setting that overrides it. */
export function isTwelveHourClock(setting: 'locale' | 'h12' | 'h23', localeDefault: boolean): boolean {
  return setting === 'locale' ? localeDefault : setting === 'h12';
}
