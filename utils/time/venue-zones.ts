/**
 * Time zones of places UNESCO events are held, for pages that say "local time" or give a clock time with
 * no zone (PROTOCOLS.md F.2: a regional zone through a geographic IANA zone). Keys are lower-case city
 * or country names as pages write them (English and French).
 */
const VENUES: Record<string, string> = {
  paris: 'Europe/Paris',
  france: 'Europe/Paris',
  hamburg: 'Europe/Berlin',
  bonn: 'Europe/Berlin',
  berlin: 'Europe/Berlin',
  germany: 'Europe/Berlin',
  allemagne: 'Europe/Berlin',
  geneva: 'Europe/Zurich',
  genève: 'Europe/Zurich',
  switzerland: 'Europe/Zurich',
  suisse: 'Europe/Zurich',
  brussels: 'Europe/Brussels',
  bruxelles: 'Europe/Brussels',
  belgium: 'Europe/Brussels',
  london: 'Europe/London',
  'united kingdom': 'Europe/London',
  rome: 'Europe/Rome',
  italy: 'Europe/Rome',
  venice: 'Europe/Rome',
  trieste: 'Europe/Rome',
  madrid: 'Europe/Madrid',
  spain: 'Europe/Madrid',
  lisbon: 'Europe/Lisbon',
  portugal: 'Europe/Lisbon',
  vienna: 'Europe/Vienna',
  austria: 'Europe/Vienna',
  stockholm: 'Europe/Stockholm',
  jönköping: 'Europe/Stockholm',
  sweden: 'Europe/Stockholm',
  plovdiv: 'Europe/Sofia',
  sofia: 'Europe/Sofia',
  bulgaria: 'Europe/Sofia',
  athens: 'Europe/Athens',
  greece: 'Europe/Athens',
  moscow: 'Europe/Moscow',
  istanbul: 'Europe/Istanbul',
  kyiv: 'Europe/Kyiv',
  'new york': 'America/New_York',
  montreal: 'America/Toronto',
  'buenos aires': 'America/Argentina/Buenos_Aires',
  argentina: 'America/Argentina/Buenos_Aires',
  santiago: 'America/Santiago',
  chile: 'America/Santiago',
  'mexico city': 'America/Mexico_City',
  mexico: 'America/Mexico_City',
  lima: 'America/Lima',
  bogotá: 'America/Bogota',
  quito: 'America/Guayaquil',
  montevideo: 'America/Montevideo',
  'san josé': 'America/Costa_Rica',
  kingston: 'America/Jamaica',
  havana: 'America/Havana',
  brasília: 'America/Sao_Paulo',
  brazil: 'America/Sao_Paulo',
  nairobi: 'Africa/Nairobi',
  kenya: 'Africa/Nairobi',
  'addis ababa': 'Africa/Addis_Ababa',
  dakar: 'Africa/Dakar',
  abuja: 'Africa/Lagos',
  cairo: 'Africa/Cairo',
  egypt: 'Africa/Cairo',
  rabat: 'Africa/Casablanca',
  harare: 'Africa/Harare',
  windhoek: 'Africa/Windhoek',
  beirut: 'Asia/Beirut',
  amman: 'Asia/Amman',
  doha: 'Asia/Qatar',
  tehran: 'Asia/Tehran',
  'new delhi': 'Asia/Kolkata',
  india: 'Asia/Kolkata',
  bangkok: 'Asia/Bangkok',
  thailand: 'Asia/Bangkok',
  jakarta: 'Asia/Jakarta',
  beijing: 'Asia/Shanghai',
  china: 'Asia/Shanghai',
  tokyo: 'Asia/Tokyo',
  japan: 'Asia/Tokyo',
  seoul: 'Asia/Seoul',
  'republic of korea': 'Asia/Seoul',
  goyang: 'Asia/Seoul',
  almaty: 'Asia/Almaty',
  tashkent: 'Asia/Tashkent',
  apia: 'Pacific/Apia',
};

let venuePattern: RegExp | null = null;

/** One alternation of every place, longest first, built on first use (compiling it costs a few ms). */
function venueRegex(): RegExp {
  venuePattern ??= new RegExp(
    `(?<!\\p{L})(${Object.keys(VENUES)
      .sort((a, b) => b.length - a.length)
      .join('|')})(?!\\p{L})`,
    'iu',
  );
  return venuePattern;
}

/**
 * The IANA zone of the first place named in `text` ("Hamburg (Germany)", "Paris, France"), or `null`.
 * Cities come before countries in most venue lines, so the earliest name wins.
 */
export function zoneOfVenue(text: string): string | null {
  const place = venueRegex().exec(text)?.[1]?.toLowerCase();
  return place ? (VENUES[place] ?? null) : null;
}

/**
 * Zones UNESCO sites use when a page gives a clock time with no zone and no venue; the popup says the
 * zone was assumed and offers to change it.
 */
const SITE_DEFAULTS: Record<string, string> = {
  'uil.unesco.org': 'Europe/Berlin',
  'www.uil.unesco.org': 'Europe/Berlin',
  'www.ibe.unesco.org': 'Europe/Zurich',
  'unevoc.unesco.org': 'Europe/Berlin',
  'bangkok.unesco.org': 'Asia/Bangkok',
};

export function defaultZoneOfSite(host: string): string | null {
  return SITE_DEFAULTS[host] ?? (host === 'unesco.org' || host.endsWith('.unesco.org') ? 'Europe/Paris' : null);
}
