/** The one interface every archive module implements; the registry lists them. */
export type CaptureUrl = {
  archiveId: string;
  archiveName: string;
  /**
   * The original URL, or `null` when the address does not say (archive.today's short ids): the page does,
   * through the archive's `readCaptureFromPage`.
   */
  originalUrl: string | null;
  /** The timestamp as written in the URL (1 to 14 digits), or `null` when the URL has none. */
  timestamp: string | null;
  modifier: string;
  /** The collection named by the URL itself (Archive-It's number, a pywb collection), or `null`. */
  collectionId: string | null;
};

export type ArchiveDefinition = {
  id: string;
  name: string;
  /** Content-script match patterns covering the hosts this archive replays captures from. */
  matches: readonly string[];
  /** The capture this tab URL shows, or `null` when the URL is not a capture of this archive. */
  parseCaptureUrl(url: URL): CaptureUrl | null;
  /** For archives whose addresses do not name the original: read it (and the time) from the page. */
  readCaptureFromPage?(doc: Document): { originalUrl: string; timestamp: string | null } | null;
};
