/**
 * Which addresses the link checker may request. An archived page can link anywhere, including to the
 * reader's own network (`http://192.168.1.1/`, `http://printer.local/`): the extension must never become a
 * probe of it. Only http(s), to a public IP address (special-addresses.ts: the IANA registries, row by row) or
 * to a host name that is not a local one: never single-label names (intranet hosts), names reserved for local
 * use, names that spell out a private IP address (`127.0.0.1.nip.io`), or the public names known to point at
 * the reader's own machine. What a name resolves to cannot be seen from an extension: docs/security.md says
 * what stops the rest (the browser's own block on the extension's requests to private literals) and what
 * cannot be stopped.
 */
import { judgeIpHost } from './special-addresses';

export type UrlSafety = { ok: true; url: URL } | { ok: false; reason: 'not-http' | 'private-address' | 'invalid' };

/**
 * Suffixes for local names: `.localhost` (RFC 6761), `.local` (mDNS, RFC 6762), `.home.arpa` (RFC 8375),
 * `.internal` (reserved for private use by ICANN, 2024), and the ones home routers and companies use.
 */
export const LOCAL_SUFFIXES = [
  '.localhost',
  '.local',
  '.home.arpa',
  '.internal',
  '.localdomain',
  '.intranet',
  '.lan',
  '.home',
  '.corp',
];

/**
 * Public names whose every subdomain resolves to 127.0.0.1, made for developers; with `localhost.localdomain`,
 * the usual hosts-file name. Known cases, not a complete list (docs/security.md).
 */
export const LOOPBACK_NAMES = ['localtest.me', 'lvh.me', 'vcap.me', 'localho.st', 'lacolhost.com', 'fuf.me'];

/** Wildcard DNS services that also answer an address written in hex (`7f000001.nip.io`). */
const WILDCARD_DNS = ['.nip.io', '.sslip.io', '.xip.io'];

const isPrivateIpv4 = (text: string) => judgeIpHost(text)?.allowed === false;

/**
 * Does a host name spell out a private IPv4 address, as wildcard DNS services answer them? Four labels in a
 * row (`10.0.0.1.nip.io`), a label in dashes (`app-192-168-1-1.sslip.io`), or eight hex digits on a wildcard
 * service (`7f000001.nip.io`).
 */
function namesPrivateIpv4(host: string): boolean {
  const labels = host.split('.');
  for (let i = 0; i + 4 <= labels.length; i++) {
    if (isPrivateIpv4(labels.slice(i, i + 4).join('.'))) return true;
  }
  for (const label of labels) {
    const dashed = /(?:^|-)(\d{1,3}-\d{1,3}-\d{1,3}-\d{1,3})$/.exec(label)?.[1];
    if (dashed && isPrivateIpv4(dashed.replace(/-/g, '.'))) return true;
  }
  if (WILDCARD_DNS.some((s) => host.endsWith(s))) {
    return labels.some((label) => {
      const hex = /(?:^|-)([0-9a-f]{8})$/.exec(label)?.[1];
      return hex !== undefined && isPrivateIpv4((hex.match(/../g) ?? []).map((b) => parseInt(b, 16)).join('.'));
    });
  }
  return false;
}

/** Is this host name (lower case, no trailing dot) one that leads to the reader's own machine or network? */
export function isLocalName(host: string): boolean {
  if (host === 'localhost' || !host.includes('.')) return true;
  if (LOCAL_SUFFIXES.some((s) => host.endsWith(s))) return true;
  if (LOOPBACK_NAMES.some((n) => host === n || host.endsWith(`.${n}`))) return true;
  return namesPrivateIpv4(host);
}

export function checkUrlSafety(raw: string): UrlSafety {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: 'not-http' };
  if (url.username || url.password) return { ok: false, reason: 'invalid' };
  // `URL` already turns decimal, octal and hex IPv4 forms (`http://2130706433/`, `0x7f.1`) into dotted quads.
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const ip = judgeIpHost(host);
  if (ip) return ip.allowed ? { ok: true, url } : { ok: false, reason: 'private-address' };
  return isLocalName(host) ? { ok: false, reason: 'private-address' } : { ok: true, url };
}
