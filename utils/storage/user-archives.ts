/**
 * The archive hosts the reader added (their own pywb, an institution's archive), as origins
 * (`http://localhost:8080`). Each was granted host permission when it was added.
 */
import * as z from 'zod/mini';
import { validatedItem } from './validated-item';

export const UserArchivesSchema = z.object({
  origins: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(100)),
});
export type UserArchives = z.infer<typeof UserArchivesSchema>;

export const userArchivesItem = validatedItem('local:user-archives', UserArchivesSchema, {
  fallback: { origins: [] },
  version: 1,
  what: 'list of archive hosts',
});

/** The reader's archive origins, validated: a corrupted entry reads as none (and says so in the console). */
export async function loadUserArchiveOrigins(): Promise<string[]> {
  return (await userArchivesItem.load()).origins;
}
