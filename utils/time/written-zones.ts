/**
 * Written time-zone names and abbreviations → IANA zones (docs/time-zones.md, "Written zones"). A regional abbreviation
 * means "the civil time of that region" and is resolved through a geographic zone, so the offset comes from tzdb for
 * the event's date; `season` records which half of the year the abbreviation names, so a "CET" written for a June date
 * can be flagged ("A season the date does not have"). Abbreviations are never handed to Intl directly: ICU maps `BST`
 * to Dhaka and `AST` to Anchorage ("What ICU does with an abbreviation").
 */
export type WrittenZone = {
  /** The default reading (docs/time-zones.md, "The table"). */
  iana: string;
  /** Other zones the same letters name; the venue decides between them ("IST" in Dublin is Irish time). */
  alternatives: readonly string[];
  /** 'standard' or 'daylight' when the abbreviation names one half of the year. */
  season: 'standard' | 'daylight' | null;
  /** Short label for messages, e.g. "CEST". */
  label: string;
};

import { findPlaces } from './venue-zones';

type Entry = [names: string[], iana: string, season: WrittenZone['season']];

// Ordered: longer phrases first within each zone so "Central European Summer Time" wins over "CET".
const ENTRIES: Entry[] = [
  [['central european summer time', 'cest', 'mesz', 'heure d’été d’europe centrale'], 'Europe/Paris', 'daylight'],
  [
    ['central european time', 'cet', 'mez', 'hnec', 'heure d’europe centrale', 'hora central europea'],
    'Europe/Paris',
    'standard',
  ],
  [['paris time', 'heure de paris', 'hora de parís', 'hora de paris', 'paris local time'], 'Europe/Paris', null],
  [['berlin time', 'hamburg time'], 'Europe/Berlin', null],
  [['geneva time', 'heure de genève'], 'Europe/Zurich', null],
  [['british summer time', 'bst'], 'Europe/London', 'daylight'],
  [['london time', 'uk time'], 'Europe/London', null],
  [['eastern european summer time', 'eest'], 'Europe/Athens', 'daylight'],
  [['eastern european time', 'eet'], 'Europe/Athens', 'standard'],
  [['western european summer time', 'wesz'], 'Europe/Lisbon', 'daylight'],
  [['western european time', 'wet'], 'Europe/Lisbon', 'standard'],
  [['moscow time', 'msk', 'мск', 'по московскому времени', 'московское время'], 'Europe/Moscow', null],
  [['eastern daylight time', 'edt'], 'America/New_York', 'daylight'],
  [['eastern standard time', 'est'], 'America/New_York', 'standard'],
  [['eastern time', 'new york time'], 'America/New_York', null],
  [['central daylight time', 'cdt'], 'America/Chicago', 'daylight'],
  [['central standard time', 'cst'], 'America/Chicago', 'standard'],
  [['mountain daylight time', 'mdt'], 'America/Denver', 'daylight'],
  [['mountain standard time', 'mst'], 'America/Denver', 'standard'],
  [['pacific daylight time', 'pdt'], 'America/Los_Angeles', 'daylight'],
  [['pacific standard time', 'pst'], 'America/Los_Angeles', 'standard'],
  [['pacific time'], 'America/Los_Angeles', null],
  [['east africa time', 'eat', 'nairobi time'], 'Africa/Nairobi', null],
  [['west africa time', 'wat'], 'Africa/Lagos', null],
  [['central africa time', 'cat'], 'Africa/Maputo', null],
  [['south africa standard time', 'sast'], 'Africa/Johannesburg', null],
  [['india standard time', 'ist', 'new delhi time'], 'Asia/Kolkata', null],
  [['china standard time', 'beijing time'], 'Asia/Shanghai', null],
  [['japan standard time', 'jst', 'tokyo time'], 'Asia/Tokyo', null],
  [['korea standard time', 'kst', 'seoul time'], 'Asia/Seoul', null],
  [['indochina time', 'ict', 'bangkok time'], 'Asia/Bangkok', null],
  [['australian eastern daylight time', 'aedt'], 'Australia/Sydney', 'daylight'],
  [['australian eastern standard time', 'aest'], 'Australia/Sydney', 'standard'],
  [['new zealand daylight time', 'nzdt'], 'Pacific/Auckland', 'daylight'],
  [['new zealand standard time', 'nzst'], 'Pacific/Auckland', 'standard'],
  [['gulf standard time', 'uae standard time', 'uae time', 'dubai time', 'gst'], 'Asia/Dubai', null],
  [['almaty time', 'astana time'], 'Asia/Almaty', null],
  [['nairobi local time'], 'Africa/Nairobi', null],
];

/** Abbreviations that name several zones (tz theory.html; docs/time-zones.md, "The table"). */
const AMBIGUOUS: Record<string, readonly string[]> = {
  ist: ['Europe/Dublin', 'Asia/Jerusalem'],
  cst: ['Asia/Shanghai', 'America/Havana'],
  cdt: ['America/Havana'],
  bst: ['Asia/Dhaka'],
  pst: ['Asia/Manila'],
};

const BY_NAME = new Map<string, WrittenZone>();
for (const [names, iana, season] of ENTRIES) {
  const label = names.find((n) => n.length <= 5)?.toUpperCase() ?? names[0] ?? iana;
  for (const name of names) BY_NAME.set(name, { iana, season, label, alternatives: AMBIGUOUS[name] ?? [] });
}

/** Every written name, longest first: the alternation the time readers build their regex from. */
export const WRITTEN_ZONE_NAMES: readonly string[] = [...BY_NAME.keys()].sort((a, b) => b.length - a.length);

/** The zone a written name stands for, or `null` when the name is unknown. */
export function lookUpWrittenZone(written: string): WrittenZone | null {
  const name = written.trim().toLowerCase().replace(/\s+/g, ' ').replace(/'/g, '’');
  return BY_NAME.get(name) ?? placeTime(name);
}

/**
 * "Dakar time", "(New York local time)", "heure de Dakar", "heure locale de Tunis", "hora de Lima": the civil time
 * of a city (or of a country with one zone), resolved through the place index, so any city tzdb or the index
 * knows is read, not only the ones listed above (docs/time-zones.md, "Written zones").
 */
function placeTime(name: string): WrittenZone | null {
  const m =
    /^(.+?)\s+(?:local\s+)?time$/.exec(name) ??
    /^(?:heure|hora)\s+(?:locale?\s+)?(?:de\s+(?:la\s+|l’)?|d’|del\s+)(.+)$/.exec(name);
  const place = m?.[1]?.trim();
  if (!place) return null;
  const found = findPlaces(place);
  const only = found.length === 1 ? found[0] : undefined;
  if (!only?.zone || only.index !== 0 || only.end !== place.length) return null;
  return { iana: only.zone, season: null, label: place, alternatives: [] };
}

/** Whether a written zone says only "the venue's local time" ("local time", "heure locale", "по местному времени"). */
export function isLocalTimeText(written: string): boolean {
  return /^(?:local time|heure locale|hora local|по местному времени)$/i.test(written.trim());
}

/** Offsets written as "UTC+2", "GMT +01:00", "UTC−3:30" → minutes east of UTC; `null` otherwise. */
export function parseWrittenOffset(written: string): number | null {
  const m = /^(?:UTC|GMT|UT)\s*([+\-\u2212\u2013])\s*(\d{1,2})(?:[:h.]?(\d{2}))?$/i.exec(written.trim());
  if (!m) return /^(?:UTC|GMT|UT|Z)$/i.test(written.trim()) ? 0 : null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  if (minutes > 14 * 60) return null;
  return m[1] === '+' ? minutes : -minutes;
}
