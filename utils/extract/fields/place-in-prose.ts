/**
 * A place written in running text: "will be held in Montevideo, Uruguay, from 25 to 27 October 2017", "at UNESCO
 * Headquarters, Paris", "qui se tiendra à Constantine en Algérie", "aura lieu au siège de l’UNESCO, Salle IV",
 * "se celebrará en Quito, Ecuador", "La ville de Bichkek (Kirghizistan) accueille", "(Beirut, 12 – 14 July 2010)".
 * A phrase counts when it follows a preposition of place and names a known city or country, or a building
 * ("Headquarters", "Room XI", "Centre", "Theater"); an unknown name counts after "at"/"à" in the sentence that
 * dates the event ("at the BACC"). Speakers' affiliations and participants' home countries are other phrases:
 * they follow "from", "of", "by" (docs/extraction.md, "Places").
 */
import { findPlaces, namesPlace } from '../../time/venue-zones';
import { list, phrases } from '../cue-matching';
import { EVENT_NOUN } from '../cues';
import { CAPITAL_LETTER, LETTER } from '../../common/letters';
import { lowerCaseInPlace } from '../lower-case';

export type PlacePhrase = { text: string; index: number; known: boolean };

/** Words that make a phrase a venue: somewhere people go (matched word by word, cues.ts). */
export const VENUE_WORD = phrases(
  list(`
  headquarters|room|rooms|hall|salle|salles|sala|siège|sede|auditorium|auditorio|centre|center|centro|
  building|bâtiment|edificio|university|université|universidad|hotel|hôtel|theater|theatre|théâtre|
  teatro|museum|musée|museo|library|bibliothèque|biblioteca|palace|palais|palacio|house|maison|casa|
  campus|pavilion|pavillon|institute|institut|instituto|academy|académie|academia|office|bureau|
  oficina|reserve|réserve|park|parc|square|place de fontenoy|fontenoy|miollis|bonvin|avenue|street|rue|
  calle|zone|expo|club|school|école|escuela|ministry|ministère|ministerio|parliament|parlement|
  parlamento|embassy|ambassade|embajada|locaux|gallery|galerie|galería|stadium|estadio|||iu
`),
);

/** Prepositions of place, in order of trust: "at"/"à" name a venue, "in"/"en" a city or country (lower-cased text). */
const PLACE_PREPOSITION = new RegExp(
  `(?<![${LETTER}])(?:at|in|au|aux|à(?:\\s+l['’]|\\s+la)?|dans\\s+les\\s+locaux\\s+de|dans|en(?:\\s+la|\\s+el)?|a\\s+la|al|в|во)\\s+`,
  'g',
);
/** A word that belongs to a place's name: capitalised, a number or Roman numeral (rooms), or a venue noun. */
const NAME_WORD = new RegExp(`^(?:[${CAPITAL_LETTER}][${LETTER}\\d'’.-]*|[IVXLC]+|(?!(?:19|20)\\d{2}$)\\d{1,5})$`);
const JOINING = 'of|the|and|de|du|des|la|le|les|del|y|et|und|im|am|für|an|der|di|da|do|dos|das|sur|in|el|los|las';
/** Small words inside a name ("Library of the United Nations in Geneva", "Porto Novo, au Bénin"). */
const JOINING_WORD = new RegExp(`^(?:${JOINING}|l['’]\\S*|d['’]\\S*)$`, 'iu');
const TRAILING_JOINING = new RegExp(`\\s+(?:${JOINING}|au|aux|en)$`, 'iu');
/** After a comma, French and Spanish name a country with a preposition: "Porto Novo, au Bénin". */
const AFTER_COMMA = /^(?:au|aux|en)$/i;
/** After the name: where a place phrase stops. */
const STOP_AFTER =
  /^(?:from|on|to|du|le|el|del|with|for|during|as|between|until|jusqu|hasta|por|par|by|under|which|who|where|y)\b/i;
/** Phrases that look like places but are not: languages, frameworks, years (tested lower-cased). */
const NOT_A_PLACE =
  /^(?:english|french|spanish|arabic|chinese|russian|portuguese|german|anglais|français|espagnol|arabe|chinois|russe|inglés|francés|español|árabe|chino|ruso|person|persona|personne|presence|présence|presencia|total|general|particular|addition|response|order|line|support|cooperation|collaboration|partnership|charge|favour|favor|honou?r|memory|view|time|advance|parallel|attendance|the framework|the context|the presence|the field|the area|the region|the world|the case|the light|the course|the lead|the run|the margins?|the occasion|the spirit|the form|the name|the wake|the face|the next|the first|the second|the last|the past|the future|the coming|the months?|the years?|the days?|the weeks?|the evening|the morning|the afternoon|cadre|marge|marco|el marco|le cadre|vísperas|occasion|l['’]occasion|\d{4}|(?:19|20)\d{2}s?)\b/;

/** The name that starts at `text`'s beginning: capitalised words with their joining words, commas, brackets. */
function nameAt(text: string): string | null {
  const tokens = text.split(/(\s+|,\s*|\s*\(|\)|\s*\/\s*)/);
  let out = '';
  let afterComma = false;
  let open = 0;
  for (const token of tokens) {
    if (token === undefined || token === '') continue;
    if (/^\s+$/.test(token) || /^\s*\/\s*$/.test(token)) {
      out += token;
      continue;
    }
    if (/^,\s*$/.test(token)) {
      afterComma = true;
      out += token;
      continue;
    }
    if (/^\s*\($/.test(token)) {
      open++;
      out += token;
      continue;
    }
    if (token === ')') {
      if (open === 0) break;
      open--;
      out += token;
      continue;
    }
    const word = token.replace(/[.;:!?]+$/, '');
    const ends = word !== token;
    const capital = /^[\p{Lu}\d]/u.test(word);
    if (afterComma && !capital && !AFTER_COMMA.test(word) && !VENUE_WORD.test(word)) break;
    if (!capital && STOP_AFTER.test(`${word} `)) break;
    if (!NAME_WORD.test(word) && !JOINING_WORD.test(word) && !AFTER_COMMA.test(word) && !VENUE_WORD.test(word)) break;
    out += word;
    afterComma = false;
    if (ends) break;
  }
  // Drop an unclosed bracket, trailing joining words and commas.
  let name = out.replace(/\s*\([^)]*$/, '').trim();
  for (let prev = ''; prev !== name;) {
    prev = name;
    name = name
      .replace(/[\s,/]+$/, '')
      .replace(TRAILING_JOINING, '')
      .trim();
  }
  return /\p{Lu}/u.test(name) ? name : null;
}

/** Whether a phrase names a place we know or a building: "Montevideo, Uruguay", "UNESCO Headquarters". */
export function isKnownPlace(phrase: string): boolean {
  return VENUE_WORD.test(phrase) || namesPlace(phrase);
}

/**
 * Places written after a preposition of place in `sentence`, in order. `lenient`: an unknown capitalised name
 * after "at"/"à" counts too (in the sentence that dates the event).
 */
export function findPlacePhrases(sentence: string, lenient = false): PlacePhrase[] {
  const out: PlacePhrase[] = [];
  PLACE_PREPOSITION.lastIndex = 0;
  let taken = 0;
  // Matched lower-cased (positions kept), read from the sentence as written.
  const lower = lowerCaseInPlace(sentence);
  for (let m = PLACE_PREPOSITION.exec(lower); m && out.length < 6; m = PLACE_PREPOSITION.exec(lower)) {
    // "in Geneva" inside "the Library of the United Nations in Geneva" belongs to the phrase already read.
    if (m.index < taken) continue;
    const start = m.index + m[0].length;
    const rest = sentence.slice(start, start + 160);
    const article = /^(?:the|la|le|les|l['’]|el|los|las)\s*/i.exec(rest)?.[0] ?? '';
    const name = nameAt(rest.slice(article.length));
    if (!name || NOT_A_PLACE.test(lowerCaseInPlace(name))) continue;
    // "at the CIES Annual Conference": an event's name, not a place.
    if (EVENT_NOUN.test(name.split(/\s+/).pop() ?? '')) continue;
    // "the UNESCO Office in Mexico", "la Oficina en México": where someone works, not where the event is.
    if (OFFICE_BEFORE.test(sentence.slice(Math.max(0, m.index - 32), m.index))) continue;
    const text = `${article}${name}`.trim();
    const known = isKnownPlace(name);
    const venueWord = /^(?:at|à|au|aux|a\s+la|al|dans)/i.test(m[0].trim());
    if (known || (lenient && venueWord)) {
      out.push({ text, index: start, known });
      taken = start + article.length + name.length;
    }
  }
  return out;
}

/** "Office in", "Oficina en", "Bureau à", "based in": a place that belongs to someone, not to the event. */
const OFFICE_BEFORE =
  /(?:office|oficina|bureau|bureaux|headquartered|based|located|delegation)(?:\s+(?:of|de|de la|du|del)\s+(?:the\s+|l['’])?unesco)?\s*$/iu;
const CJK = /[\u3400-\u9fff]/u;

/** "La ville de Bichkek (Kirghizistan) accueille": a city that is the subject of the sentence. */
const CITY_SUBJECT = /(?:^|[\s,;])(?:the city of|la ville de|la ciudad de|город)\s+/iu;

/** "(Beirut, 12 – 14 July 2010)", "Bonn, 24-25 May 2018", "Jakarta, 19 December 2016 –": the place before a date. */
export function placeBeforeDate(prefix: string): string | null {
  const m =
    /(?:^|\()\s*([\p{Lu}][^,.:;!?()]{0,60}(?:\s*\([^()]{2,40}\))?(?:,\s*[^,.:;!?()]{2,60}){0,3}),\s*(?:a\s+|le\s+|el\s+|on\s+)?$/u.exec(
      prefix,
    );
  const place = m?.[1]?.trim();
  if (!place || place.split(/\s+/).length > 8) return null;
  return place;
}

/** The place a sentence names as where its event happens, or `null`. */
export function placeInSentence(sentence: string, lenient = false): string | null {
  const subject = CITY_SUBJECT.exec(sentence);
  if (subject) {
    const name = nameAt(sentence.slice(subject.index + subject[0].length));
    if (name) return name;
  }
  // Chinese writes the place right after the date, without a preposition: "2015年11月3日巴黎…".
  if (CJK.test(sentence)) {
    const city = findPlaces(sentence).find((p) => p.kind === 'city' || p.kind === 'country');
    if (city) return sentence.slice(city.index, city.end);
  }
  // Arabic has no capitals: "في" (in), then the words of a place we know.
  const arabic = arabicPlace(sentence);
  if (arabic) return arabic;
  const phrases = findPlacePhrases(sentence, lenient);
  // Several stops of one visit ("speak at the Hamburg Senate and at the University of Hamburg"): their city.
  if (phrases.length >= 2) {
    const cities = phrases.map((p) =>
      findPlaces(p.text)
        .filter((f) => f.kind === 'city')
        .map((f) => f.key),
    );
    const shared = cities[0]?.find((c) => cities.every((list) => list.includes(c)));
    if (shared) {
      const first = phrases[0]?.text ?? '';
      const at = findPlaces(first).find((f) => f.key === shared);
      if (at) return first.slice(at.index, at.end);
    }
  }
  return phrases.find((p) => p.known)?.text ?? phrases[0]?.text ?? null;
}

/** "سيعقد المؤتمر في عمان، الأردن": the words after "في" or "بـ" that name a place we know. */
function arabicPlace(sentence: string): string | null {
  const at = /(?:^|\s)(?:في|بمدينة|بمقر|ب)\s*/gu;
  for (let m = at.exec(sentence); m; m = at.exec(sentence)) {
    const words = sentence
      .slice(m.index + m[0].length)
      .split(/\s+/)
      .slice(0, 5);
    for (let n = words.length; n >= 1; n--) {
      const phrase = words
        .slice(0, n)
        .join(' ')
        .replace(/[،,.:؛]+$/u, '');
      // The phrase ends with the place's name ("عمان، الأردن", not "عمان، الأردن يوم").
      const last = findPlaces(phrase).pop();
      if (phrase && last && last.end === phrase.length && !/\d/.test(phrase)) return phrase;
    }
  }
  return null;
}

/** Names of bodies that are a venue on a line of their own, never in prose ("the Lebanese society"). */
const BUILDING_ON_ITS_LINE = /\b(?:society|société|sociedad|foundation|fondation|fundación|arena)\b/iu;

/** "Cork, ": up to three capitalised words, then a comma. */
const SHORT_NAME_THEN_COMMA = new RegExp(
  `^[${CAPITAL_LETTER}][${LETTER}'’-]*(?:\\s[${CAPITAL_LETTER}][${LETTER}'’-]*){0,2},\\s*$`,
);
/** "The Royal Society, ", "Teatro Nacional, ": up to six words, then a comma. */
const BUILDING_THEN_COMMA = new RegExp(
  `^(?:[Tt][Hh][Ee]\\s+)?[${LETTER}][${LETTER}'’.-]*(?:\\s[${LETTER}'’.-]+){0,5},\\s*$`,
);

/** "Havana, Cuba,", "Paris, France": a line that is nothing but a place. */
export function isPlaceLine(line: string): boolean {
  if (line.length > 70) return false;
  const text = line.replace(/[,.;\s]+$/, '');
  if (text.length > 60 || text.length < 3) return false;
  const places = findPlaces(text);
  const covered = places.reduce((n, p) => n + (p.end - p.index), 0);
  if (covered >= text.replace(/[\s,()/-]/g, '').length * 0.8) return true;
  const last = places[places.length - 1];
  if (!last || last.end !== text.length) return false;
  const before = text.slice(0, last.index);
  // "Cork, Ireland": a short capitalised name, then a country.
  if (last.kind === 'country' && SHORT_NAME_THEN_COMMA.test(before)) return true;
  // "The Royal Society, London", "Teatro Nacional, San José": a building's name, then its city or country.
  return BUILDING_THEN_COMMA.test(before) && (VENUE_WORD.test(before) || BUILDING_ON_ITS_LINE.test(before));
}
