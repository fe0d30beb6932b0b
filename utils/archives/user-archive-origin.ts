/**
 * The origin of an archive host the user types in: `localhost:8080`, `http://localhost:8080/my-coll/`,
 * `https://archive.example.edu` → `http://localhost:8080`, `https://archive.example.edu`. `null` for anything
 * that is not an http(s) host, and for hosts Event Lens already knows.
 */
import { ARCHIVE_HOSTS } from './registry';

export function normalizeArchiveOrigin(input: string): string | null {
  const text = input.trim();
  if (text === '' || text.length > 300) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  if (ARCHIVE_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/**
 * The match pattern that covers an origin. Chromium's patterns may name a port (`http://localhost:8080/*`);
 * Firefox's may not: it takes such a pattern and then matches nothing with it (Mozilla bugs 1362809 and
 * 1468162; docs/testing.md, "Firefox"), so there the pattern covers the host on every port. The background
 * still reads only the origins the reader added (`decideInjection`).
 */
export function originMatchPattern(origin: string, portInPattern: boolean): string {
  if (portInPattern) return `${origin}/*`;
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** `originMatchPattern` as this build's browser reads patterns. */
export function browserOriginPattern(origin: string): string {
  return originMatchPattern(origin, !import.meta.env.FIREFOX);
}
