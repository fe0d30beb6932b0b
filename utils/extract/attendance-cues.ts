/**
 * The words for how people attend an event, in UNESCO's six languages (docs/extraction.md, "Online"): online,
 * in person, hybrid, and an event noun held online. Data only: `cue-matching.ts` turns each list into a `Cue`;
 * `fields/location.ts` reads them.
 */
import { list, nounNearWord, phrases, substrings, type Cue } from './cue-matching';
import { EVENT_NOUN_WORDS } from './cues';

/** Signs that the event can be followed online. */
export const ONLINE = phrases(
  list(`
  online|on-line|virtual|virtually|webinar|webinars|web conference|videoconference|video conference|zoom|
  microsoft teams|ms teams|webex|livestream|livestreamed|live stream|live-stream|live streamed|streamed live|
  webcast|live webcast|broadcast live|remotely|remote participation|en ligne|virtuel|virtuelle|visioconférence|
  en visioconférence|à distance|en direct|retransmis|retransmise|webdiffusion|en línea|virtuales|
  videoconferencia|a distancia|transmisión en vivo|en vivo|онлайн|в онлайн-формате|дистанционно|
  видеоконференц*|вебинар|трансляция
`),
);

/** The same in Arabic and Chinese. */
export const ONLINE_UNSPACED = substrings(
  list(`
  عبر الإنترنت|افتراضي|افتراضية|عن بعد|线上|在线|网络研讨会|视频会议|直播
`),
);

/** Signs strong enough to make an event at a real venue hybrid (a mention of "online" alone is not). */
export const STRONG_ONLINE = phrases(
  list(`
  livestream|livestreamed|live stream|live-stream|live streamed|streamed live|will be streamed|
  will be livestreamed|webcast|live webcast|zoom|microsoft teams|webex|join online|join us online|
  follow online|participate online|attend online|watch live|watch it live|as well as online|and online|
  and virtually|both in-person|in person and online|in-person and online|online and in person|
  online and in-person|en présence ou en direct|en présentiel et en ligne|retransmis en direct|
  retransmise en direct|en direct sur|transmisión en vivo|presencial y virtual|presencial y en línea|
  онлайн-трансляция
`),
);

/** People also meet in person: "both in-person … and virtually", "as well as online", "en présentiel". */
export const IN_PERSON = phrases(
  list(`
  in person|in-person|on site|on-site|onsite|both in-person|both in person|as well as online|and online|
  and in person|present in the room|présentiel|en présentiel|en présence|et en ligne|presencial|y en línea|
  очно
`),
);

/** Hybrid in so many words. */
export const HYBRID = phrases(
  list(`
  hybrid|hybride|híbrido|híbrida|гибридн*
`),
);

/** What people read as "the page says the event is online": the whole attendance is online. */
export const FULLY_ONLINE = phrases(
  list(`
  fully online|entirely online|online only|online event|online session|online meeting|online conference|
  online forum|online seminar|online workshop|held online|take place online|
  will be held online|will take place online|takes place online|took place online|was held online|
  will meet virtually|met virtually|held virtually|virtual meeting|virtual conference|virtual event|
  virtual session|virtual forum|virtual workshop|reunión virtual|en ligne uniquement|entièrement en ligne|
  réunion virtuelle|session virtuelle|conférence virtuelle|webinaire|webinar|webinars|webinaires|
  videoconference|visioconférence|en format virtuel|en modalidad virtual|de manera virtual|в онлайн-формате
`),
);

const ONLINE_WORDS = new Set([
  'online',
  'virtual',
  'virtuel',
  'virtuelle',
  'virtuales',
  'онлайн',
  'en-ligne',
  'en-línea',
]);
const EVENT_NOUNS = new Set(EVENT_NOUN_WORDS.filter((w) => !w.includes(' ')));

/** "an online double conference", "online session", "réunion virtuelle", "conférence en ligne": held online. */
export const ONLINE_EVENT: Cue = nounNearWord(ONLINE_WORDS, EVENT_NOUNS, (text) =>
  text.replace(/\b(en) (ligne|línea)\b/giu, '$1-$2'),
);
