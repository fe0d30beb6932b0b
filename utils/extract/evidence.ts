/**
 * What a sentence says about the date in it: whether it announces or reports an event, names one, gives a time
 * or a place, or is about something else (a death, a founding, a deadline). Typed facts, weighed by
 * `date-readings.ts` (docs/extraction.md, "Evidence").
 */
import type { Cue } from './cue-matching';
import {
  ANNOUNCING,
  ANNOUNCING_UNSPACED,
  EVENT_NOUN,
  EVENT_NOUN_UNSPACED,
  NOT_AN_EVENT,
  NOT_AN_EVENT_UNSPACED,
  REPORTING,
  REPORTING_UNSPACED,
  TODAY,
  TODAY_UNSPACED,
} from './cues';
import { placeInSentence } from './fields/place-in-prose';
import { findTimeRanges } from './fields/times';
import { remember } from './remember';

export type Tense = 'future' | 'past' | null;

export type Evidence = {
  /** A verb that announces the event (future or present): "will take place", "aura lieu", "tendrá lugar". */
  announcing: boolean;
  /** A verb that reports it (past): "took place", "s'est tenu", "se celebró", "состоялся". */
  reporting: boolean;
  /** A word for an event: "meeting", "atelier", "taller", "семинар". */
  eventNoun: boolean;
  /** A clock time in the sentence besides the date. */
  time: boolean;
  /** The place the sentence names, or `null`. */
  place: string | null;
  /** "today", "aujourd'hui": the page's own date. */
  today: boolean;
  /** About something else: a death, a founding, a deadline, an audience (and nothing announced). */
  notAnEvent: boolean;
  /** "every day", "daily": a recurring session inside the event, not the event's own time. */
  recurring: boolean;
  tense: Tense;
};

const RECURRING =
  /\b(?:every day|each day|daily|every (?:morning|afternoon|evening)|chaque jour|tous les jours|cada día|todos los días|ежедневно|каждый день)\b/i;

const test = (latin: Cue, unspaced: Cue, text: string) => latin.test(text) || unspaced.test(text);

const weighed = remember((key) => {
  const at = key.indexOf('\u0000');
  return weigh(key.slice(at + 1), key.slice(0, at));
});

/** The evidence of `sentence`; `dateText` (the date itself) is left out of the search for a time. */
export function weighSentence(sentence: string, dateText = ''): Evidence {
  return weighed(`${dateText}\u0000${sentence}`);
}

function weigh(sentence: string, dateText: string): Evidence {
  const announcing = test(ANNOUNCING, ANNOUNCING_UNSPACED, sentence);
  const reporting = !announcing && test(REPORTING, REPORTING_UNSPACED, sentence);
  const withoutDate = dateText ? sentence.replace(dateText, ' ') : sentence;
  const notAnEvent = !announcing && test(NOT_AN_EVENT, NOT_AN_EVENT_UNSPACED, sentence);
  return {
    announcing,
    reporting,
    eventNoun: test(EVENT_NOUN, EVENT_NOUN_UNSPACED, sentence),
    time: findTimeRanges(withoutDate).length > 0,
    place: placeInSentence(sentence, announcing || reporting),
    today: test(TODAY, TODAY_UNSPACED, sentence),
    notAnEvent,
    recurring: RECURRING.test(sentence),
    tense: announcing ? 'future' : reporting ? 'past' : null,
  };
}

/** Whether `evidence` is enough for a dated sentence to be an event on its own. */
export function isEventEvidence(e: Evidence): boolean {
  if (e.notAnEvent) return false;
  const verb = e.announcing || e.reporting;
  return (verb && (e.eventNoun || e.place !== null || e.time)) || (e.time && e.eventNoun);
}
