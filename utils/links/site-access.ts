/**
 * The optional grant a link check needs: reaching any http(s) site (asked for in the reader's click on "Check
 * links", never at install; the settings page can give it back). Shared by the background, which checks it
 * before a check, and the settings page.
 */
export const ANY_SITE = { origins: ['http://*/*', 'https://*/*'] };

/**
 * What giving the grant back removes: every site, and `webRequest` too unless the reader's own archive hosts
 * still need it (it reads their Memento headers).
 */
export function siteAccessToGiveBack(userArchiveOrigins: readonly string[]): {
  origins: string[];
  permissions: 'webRequest'[];
} {
  return { origins: ANY_SITE.origins, permissions: userArchiveOrigins.length === 0 ? ['webRequest'] : [] };
}
