/** What went wrong, in words: an error's message, or the thrown value written out. */
export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
