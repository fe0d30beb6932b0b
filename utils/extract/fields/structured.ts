/**
 * Machine-readable event data, the first evidence the extractor looks at: schema.org `Event` in JSON-LD or
 * microdata, Drupal date fields with RDF `content="2015-04-28T19:00:00+02:00"` (DOM-NOTES.md §3.2), and
 * `<time datetime>` inside an event's date field. Values with a UTC offset settle the time zone directly.
 */
import { parseIsoDate } from '../../time/calendar-date';
import type { AttendanceMode, EventStatus } from '../../event-record';

export type StructuredMoment = { date: string; time: string | null; offset: string | null };

export type StructuredEvent = {
  rule: 'json-ld' | 'microdata' | 'drupal-date' | 'time-element';
  name: string | null;
  start: StructuredMoment;
  end: StructuredMoment | null;
  locationText: string | null;
  mode: AttendanceMode | null;
  status: EventStatus | null;
  /** What it was read from, for `sources`. */
  text: string;
};

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const MAX_JSON_LD = 200_000;
const CLOCK_IN_TEXT = /\d{1,2}[:.h]\d{2}|\d\s*[ap]\.?m\b/i;

/** `2015-04-28T19:00:00+02:00` → date, time and offset; a date alone has no time. `null` when malformed. */
export function parseIsoMoment(value: unknown, textHasClock = true): StructuredMoment | null {
  if (typeof value !== 'string') return null;
  const m = ISO.exec(value.trim());
  if (!m?.[1]) return null;
  if (!parseIsoDate(m[1])) return null;
  const hasTime = m[2] !== undefined && Number(m[2]) < 24 && Number(m[3]) < 60;
  // Drupal stores date-only fields as midnight: without a clock in the visible text, it is a date.
  const midnight = m[2] === '00' && m[3] === '00';
  const time = hasTime && !(midnight && !textHasClock) ? `${m[2]}:${m[3]}` : null;
  const raw = m[4];
  const offset =
    raw === undefined ? null : raw === 'Z' ? '+00:00' : raw.includes(':') ? raw : `${raw.slice(0, 3)}:${raw.slice(3)}`;
  return { date: m[1], time, offset: time ? offset : null };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 500) : null);

function isEventType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(?:^|[/#:])\w*Event$/.test(t));
}

function findEventNode(value: unknown, depth = 0): Json | null {
  if (depth > 6) return null;
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 50)) {
      const found = findEventNode(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isObject(value)) return null;
  if (isEventType(value['@type'])) return value;
  return findEventNode(value['@graph'], depth + 1);
}

function placeText(location: unknown): { text: string | null; online: boolean } {
  const places = Array.isArray(location) ? location : [location];
  let online = false;
  const texts: string[] = [];
  for (const place of places.slice(0, 5)) {
    if (typeof place === 'string') texts.push(place);
    if (!isObject(place)) continue;
    if (isEventType(place['@type']) || String(place['@type']).includes('VirtualLocation')) online = true;
    const address = place.address;
    const parts = [str(place.name)];
    if (typeof address === 'string') parts.push(address);
    else if (isObject(address)) {
      const country = isObject(address.addressCountry) ? str(address.addressCountry.name) : str(address.addressCountry);
      parts.push(str(address.streetAddress), str(address.addressLocality), country);
    }
    const text = parts.filter((p): p is string => p !== null).join(', ');
    if (text && !String(place['@type']).includes('VirtualLocation')) texts.push(text);
  }
  return { text: texts.join('; ') || null, online };
}

function modeOf(value: unknown, online: boolean, hasPlace: boolean): AttendanceMode | null {
  const mode = str(value) ?? '';
  if (/Mixed/i.test(mode)) return 'hybrid';
  if (/Online/i.test(mode)) return 'online';
  if (/Offline/i.test(mode)) return 'in_person';
  if (online) return hasPlace ? 'hybrid' : 'online';
  return null;
}

function statusOf(value: unknown): EventStatus | null {
  const status = str(value) ?? '';
  if (/Cancelled/i.test(status)) return 'cancelled';
  if (/Postponed|Rescheduled/i.test(status)) return 'postponed';
  return /Scheduled/i.test(status) ? 'scheduled' : null;
}

function fromJsonLd(doc: Document): StructuredEvent | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const body = script.textContent ?? '';
    if (body.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch {
      continue;
    }
    const node = findEventNode(data);
    const start = node ? parseIsoMoment(node.startDate) : null;
    if (!node || !start) continue;
    const place = placeText(node.location);
    return {
      rule: 'json-ld',
      name: str(node.name),
      start,
      end: parseIsoMoment(node.endDate),
      locationText: place.text,
      mode: modeOf(node.eventAttendanceMode, place.online, place.text !== null),
      status: statusOf(node.eventStatus),
      text: `JSON-LD ${str(node['@type']) ?? 'Event'}: startDate ${str(node.startDate) ?? ''}${str(node.endDate) ? `, endDate ${str(node.endDate) ?? ''}` : ''}`,
    };
  }
  return null;
}

function attr(el: Element | null, ...names: string[]): string | null {
  for (const name of names) {
    const v = el?.getAttribute(name);
    if (v) return v;
  }
  return null;
}

function fromMicrodata(root: Element): StructuredEvent | null {
  const scope = Array.from(root.querySelectorAll('[itemscope][itemtype]')).find((el) =>
    isEventType(el.getAttribute('itemtype')),
  );
  if (!scope) return null;
  const startEl = scope.querySelector('[itemprop="startDate"]');
  const startValue = attr(startEl, 'content', 'datetime') ?? startEl?.textContent ?? null;
  const start = parseIsoMoment(startValue);
  if (!start) return null;
  const endEl = scope.querySelector('[itemprop="endDate"]');
  const locationEl = scope.querySelector('[itemprop="location"]');
  return {
    rule: 'microdata',
    name: str(scope.querySelector('[itemprop="name"]')?.textContent),
    start,
    end: parseIsoMoment(attr(endEl, 'content', 'datetime') ?? endEl?.textContent),
    locationText: str(locationEl?.textContent?.replace(/\s+/g, ' ')),
    mode: modeOf(
      attr(scope.querySelector('[itemprop="eventAttendanceMode"]'), 'content', 'href'),
      false,
      locationEl !== null,
    ),
    status: statusOf(attr(scope.querySelector('[itemprop="eventStatus"]'), 'content', 'href')),
    text: `microdata startDate ${startValue ?? ''}`,
  };
}

/** Drupal 7 Date module spans (`date-display-single|start|end` with RDF `content`). */
function fromDrupalDates(root: Element): StructuredEvent | null {
  // A range's start first: a same-day range sits inside a `date-display-single` that has a `content` too.
  const startEl =
    root.querySelector('.date-display-start[content]') ?? root.querySelector('.date-display-single[content]');
  if (!startEl) return null;
  const field = startEl.closest('.field, .date-display-range') ?? startEl;
  const hasClock = CLOCK_IN_TEXT.test(field.textContent ?? '');
  const start = parseIsoMoment(startEl.getAttribute('content'), hasClock);
  if (!start) return null;
  const endEl = startEl.classList.contains('date-display-start')
    ? field.querySelector('.date-display-end[content]')
    : null;
  return {
    rule: 'drupal-date',
    name: null,
    start,
    end: endEl ? parseIsoMoment(endEl.getAttribute('content'), hasClock) : null,
    locationText: null,
    mode: null,
    status: null,
    text: (field.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
  };
}

/** `<time datetime>` inside an element that is the event's date field (never a "published on" date). */
function fromTimeElements(root: Element): StructuredEvent | null {
  const times = Array.from(root.querySelectorAll('time[datetime]')).filter((t) =>
    /event|date-display|field-date|when|schedule/i.test(t.closest('[class], [id]')?.getAttribute('class') ?? ''),
  );
  const first = times[0];
  const start = parseIsoMoment(first?.getAttribute('datetime'), CLOCK_IN_TEXT.test(first?.textContent ?? ''));
  if (!first || !start) return null;
  const second = times[1];
  return {
    rule: 'time-element',
    name: null,
    start,
    end: second ? parseIsoMoment(second.getAttribute('datetime'), CLOCK_IN_TEXT.test(second.textContent ?? '')) : null,
    locationText: null,
    mode: null,
    status: null,
    text: times
      .slice(0, 2)
      .map((t) => `${t.textContent ?? ''} (${t.getAttribute('datetime') ?? ''})`)
      .join(' – '),
  };
}

/** The first machine-readable event on the page, in order of reliability; `null` when there is none. */
export function readStructuredEvent(doc: Document, root: Element): StructuredEvent | null {
  return fromJsonLd(doc) ?? fromMicrodata(root) ?? fromDrupalDates(root) ?? fromTimeElements(root);
}
