/**
 * archive.today's host names, apart from its parser: the content script needs only these, and a module with
 * nothing to build at its top keeps the script's start cheap in every page's fresh script context.
 */
export const ARCHIVE_TODAY_HOSTS = [
  'archive.today',
  'archive.ph',
  'archive.is',
  'archive.li',
  'archive.vn',
  'archive.fo',
  'archive.md',
];

export function isArchiveTodayHost(hostname: string): boolean {
  return ARCHIVE_TODAY_HOSTS.includes(hostname.startsWith('www.') ? hostname.slice(4) : hostname);
}
