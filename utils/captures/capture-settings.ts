/** Which archives the popup asks for other captures of a page: the schema is the type (a stored setting). */
import * as z from 'zod/mini';

export const CaptureSettingsSchema = z.object({
  /** Ask the index of the archive the tab shows. */
  askTabArchive: z.boolean(),
  /** Ask the Internet Archive as well. */
  askInternetArchive: z.boolean(),
});
export type CaptureSettings = z.infer<typeof CaptureSettingsSchema>;
export const DEFAULT_CAPTURE_SETTINGS: CaptureSettings = { askTabArchive: true, askInternetArchive: true };
