/**
 * The reader's corrections, by event (utils/listing/chosen-event.ts `eventKey`: the page's original address, or
 * that address and the event's place in a listing), in local storage; the newest kept when there are too many.
 */
import * as z from 'zod/mini';
import { CorrectionsSchema, type Corrections } from '../corrections';
import { validatedItem } from './validated-item';

const CorrectionsByPageSchema = z.record(z.string().check(z.maxLength(2100)), CorrectionsSchema);
const MAX_CORRECTED_PAGES = 500;

export const correctionsItem = validatedItem('local:corrections', CorrectionsByPageSchema, {
  fallback: {},
  version: 1,
  what: 'corrections',
});

export async function loadCorrections(key: string): Promise<Corrections | null> {
  return (await correctionsItem.load())[key] ?? null;
}

/** Every event's corrections at once (the library shows many events). */
export const loadAllCorrections = (): Promise<Record<string, Corrections>> => correctionsItem.load();

/** Saves (or, with `null` or nothing to correct, forgets) the corrections of one event; the others are kept. */
export async function saveCorrections(key: string, corrections: Corrections | null): Promise<void> {
  const others = Object.entries(await correctionsItem.load()).filter(([k]) => k !== key);
  const mine: [string, Corrections][] = corrections && Object.keys(corrections).length > 0 ? [[key, corrections]] : [];
  await correctionsItem.setValue(Object.fromEntries([...others, ...mine].slice(-MAX_CORRECTED_PAGES)));
}
