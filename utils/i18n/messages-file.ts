/**
 * A language's `messages.json` read from the extension's own files, for a page whose reader chose another language
 * than the browser's: `browser.i18n` only ever speaks the browser's (docs/i18n.md, "Choosing the language").
 */
import * as z from 'zod/mini';
import type { MessagesFile } from './translate';

export const MessagesFileSchema = z.record(
  z.string(),
  z.object({
    message: z.string(),
    description: z.optional(z.string()),
    placeholders: z.optional(z.record(z.string(), z.object({ content: z.string() }))),
  }),
);

/** The messages at `url`, validated; `null` when they cannot be fetched or read (the caller speaks the browser's). */
export async function fetchMessagesFile(url: string): Promise<MessagesFile | null> {
  try {
    const response = await fetch(url);
    const parsed = MessagesFileSchema.safeParse(response.ok ? await response.json() : null);
    return parsed.success ? parsed.data : null;
  } catch {
    // A package without that file (a damaged install): the browser's language still works.
    return null;
  }
}
