/**
 * The archives that replay with the Wayback/pywb grammar, one table entry each (docs/archives.md, "Which archive uses
 * which prefix"). Each entry's comment names the URL shapes it serves; tests/archives/capture-urls.test.ts has real
 * ones.
 */
import { defineWaybackArchive } from './define-wayback-archive';

/** APIs and tools that sit beside replay on Wayback hosts: never captures. */
const WAYBACK_TOOLS = /^\/(?:[\w-]+\/)?(?:timemap|timegate|cdx|web\/timemap|save|search|static|_static|__wb)\b/i;

/**
 * UNESCO's web archive (Archive-It white label): `/web/{ts}/{url}`, and `/{ts}/{url}` in older links. Served
 * over https only (every address of it on record is https, as Archive-It's are): no plain-http permission.
 */
export const unescoWebArchive = defineWaybackArchive({
  id: 'unesco',
  name: 'UNESCO Web Archive',
  hosts: ['webarchive.unesco.org'],
  prefixes: [{ pattern: /^\/web\// }, { pattern: /^\//, requireTimestamp: true }],
  notCaptures: WAYBACK_TOOLS,
});

/** Internet Archive: `web.archive.org/web/{ts}{modifier}/{url}`. */
export const internetArchive = defineWaybackArchive({
  id: 'internet-archive',
  name: 'Internet Archive',
  hosts: ['web.archive.org'],
  prefixes: [{ pattern: /^\/web\// }],
  matches: ['https://web.archive.org/web/*'],
  notCaptures: WAYBACK_TOOLS,
});

/** Archive-It: `wayback.archive-it.org/{collection}/{ts}/{url}`; `all` is the cross-collection pseudo-collection. */
export const archiveIt = defineWaybackArchive({
  id: 'archive-it',
  name: 'Archive-It',
  hosts: ['wayback.archive-it.org'],
  prefixes: [{ pattern: /^\/(?<coll>\d+|all|org-\d+)\// }],
  notCaptures: WAYBACK_TOOLS,
});

/** Arquivo.pt: framed `arquivo.pt/wayback/{ts}/{url}`; frameless `arquivo.pt/noFrame/replay/{ts}{mod}/{url}`. */
export const arquivoPt = defineWaybackArchive({
  id: 'arquivo-pt',
  name: 'Arquivo.pt',
  hosts: ['arquivo.pt'],
  prefixes: [{ pattern: /^\/noFrame\/replay\// }, { pattern: /^\/wayback\//, requireTimestamp: true }],
  notCaptures: /^\/wayback\/(?:timemap|cdx)\b/,
});

/** UK Web Archive (pywb, framed): `/wayback/archive/{ts}{mp_}/{url}`, with a locale: `/wayback/en/archive/...`. */
export const ukWebArchive = defineWaybackArchive({
  id: 'ukwa',
  name: 'UK Web Archive',
  hosts: ['www.webarchive.org.uk'],
  prefixes: [{ pattern: /^\/wayback\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?<coll>archive)\// }],
  notCaptures: /^\/wayback\/(?:[a-z]{2}\/)?archive\/(?:timemap|cdx)\b/,
});

/** Library of Congress: `webarchive.loc.gov/{collection}/{ts}/{url}` (`all`, `legacy`, `lcwaNNNN`, ...). */
export const libraryOfCongress = defineWaybackArchive({
  id: 'loc',
  name: 'Library of Congress Web Archives',
  hosts: ['webarchive.loc.gov'],
  prefixes: [{ pattern: /^\/(?<coll>all|legacy|lcwa\d+|congressional-record|[a-z][\w-]*)\//, requireTimestamp: true }],
  notCaptures: WAYBACK_TOOLS,
});

/**
 * Australian Web Archive (NLA): the top frame on `webarchive.nla.gov.au/awa/{ts}/{url}`, the content on
 * `web.archive.org.au/awa/{ts}{mod}/{url}`: two origins, both listed (docs/archives.md, "pywb").
 */
export const australianWebArchive = defineWaybackArchive({
  id: 'awa',
  name: 'Australian Web Archive',
  hosts: ['webarchive.nla.gov.au', 'web.archive.org.au'],
  prefixes: [{ pattern: /^\/(?<coll>awa)\// }],
  notCaptures: /^\/awa\/(?:timemap|cdx|mp_\/?$)/,
});

/** Stanford Web Archive Portal (pywb collection `was`): `swap.stanford.edu/was/{ts}/{url}`, older `/{ts}/{url}`. */
export const stanford = defineWaybackArchive({
  id: 'stanford',
  name: 'Stanford Web Archive Portal',
  hosts: ['swap.stanford.edu'],
  prefixes: [{ pattern: /^\/(?<coll>was)\// }, { pattern: /^\//, requireTimestamp: true }],
  notCaptures: WAYBACK_TOOLS,
});

/**
 * Icelandic Web Archive: `vefsafn.is/{ts}{mod}/{url}`; older `wayback.vefsafn.is/wayback/{ts}/{url}`. The older
 * host is the one archive that served plain http (its links and Memento endpoints in the wild are `http://`),
 * so it keeps its http pattern.
 */
export const vefsafn = defineWaybackArchive({
  id: 'vefsafn',
  name: 'Vefsafn (Icelandic Web Archive)',
  hosts: ['vefsafn.is', 'wayback.vefsafn.is'],
  prefixes: [{ pattern: /^\/wayback\// }, { pattern: /^\//, requireTimestamp: true }],
  matches: ['https://vefsafn.is/*', 'http://wayback.vefsafn.is/*', 'https://wayback.vefsafn.is/*'],
  notCaptures: WAYBACK_TOOLS,
});

/** UK Government Web Archive: `webarchive.nationalarchives.gov.uk/ukgwa/{ts}/{url}`, older `/{ts}/{url}`. */
export const ukGovernmentWebArchive = defineWaybackArchive({
  id: 'ukgwa',
  name: 'UK Government Web Archive',
  hosts: ['webarchive.nationalarchives.gov.uk'],
  prefixes: [{ pattern: /^\/(?<coll>ukgwa)\// }, { pattern: /^\//, requireTimestamp: true }],
  notCaptures: WAYBACK_TOOLS,
});
