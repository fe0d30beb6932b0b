/**
 * The browser's own block on the extension's requests into the reader's network (docs/security.md, "The
 * browser's block"): declarativeNetRequest session rules that block every request the extension makes outside
 * a tab (`tabIds: [-1]`: its worker and its pages) to a loopback, private or link-local IP literal, or to a
 * local name. The address guard (url-safety.ts) refuses such addresses before asking; these rules also stop
 * what the code cannot see: the hops of a redirect the browser follows by itself. Archive hosts the reader
 * added (their own pywb, often on `localhost`) are left out of the rules: the reader chose to reach them.
 */
import { LOCAL_SUFFIXES, LOOPBACK_NAMES } from './url-safety';

/** The IPv4 blocks of the reader's own machine and networks (special-addresses.ts has the whole table). */
export const BLOCKED_IPV4 = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
];

/**
 * IPv6 literals as the browser writes them (compressed, lower case): a first group shorter than four digits
 * (`::1`, `::`, the IPv4-mapped and compatible forms, NAT64 `64:ff9b::`), or `fc..`–`ff..` (unique-local,
 * link-local, site-local, multicast). None of them is global unicast (2000::/3).
 */
const IPV6_LOCAL = '\\[(?:[0-9a-f]{0,3}:|f[c-f][0-9a-f]{2}:)[0-9a-f:.]*\\]';

/** A single-label host (`http://router/`): an intranet name. */
const SINGLE_LABEL = '[^./:\\[]+';

/** A regular expression (RE2, as declarativeNetRequest takes them) for the numbers `lo` to `hi` (0–255). */
function numberRange(lo: number, hi: number): string {
  const parts: string[] = [];
  for (let tens = Math.floor(lo / 10); tens <= Math.floor(hi / 10); tens++) {
    const from = Math.max(lo, tens * 10) % 10;
    const to = Math.min(hi, tens * 10 + 9) % 10;
    const digit = from === to ? String(from) : `[${from}-${to}]`;
    parts.push(tens === 0 ? digit : `${tens}${digit}`);
  }
  return parts.length === 1 ? (parts[0] ?? '') : `(?:${parts.join('|')})`;
}

/** The host part of a URL pattern for an IPv4 block (`172.16.0.0/12` → `172\.(?:1[6-9]|2[0-9]|3[01])\.…`). */
export function ipv4BlockPattern(cidr: string): string {
  const [address = '', bitsText = '32'] = cidr.split('/');
  const bits = Number(bitsText);
  const octets = address.split('.').map(Number);
  return octets
    .map((octet, i) => {
      const fixed = Math.min(8, Math.max(0, bits - i * 8));
      const size = 2 ** (8 - fixed);
      if (fixed === 0) return '[0-9]{1,3}';
      return fixed === 8 ? String(octet) : numberRange(octet, octet + size - 1);
    })
    .join('\\.');
}

/** The URL filters, one per rule: scheme, host, an optional port, then the path. */
export function blockedHostPatterns(): string[] {
  const host = (pattern: string) => `^https?://${pattern}(?::[0-9]+)?/`;
  return [...BLOCKED_IPV4.map((cidr) => host(ipv4BlockPattern(cidr))), host(IPV6_LOCAL), host(SINGLE_LABEL)];
}

/** The names blocked with their subdomains (`localhost`, `printer.local`, `x.localtest.me`). */
export const BLOCKED_DOMAINS = ['localhost', ...LOCAL_SUFFIXES.map((s) => s.slice(1)), ...LOOPBACK_NAMES];

/** A declarativeNetRequest rule, as far as these rules use it. */
export type BlockRule = {
  id: number;
  priority: number;
  action: { type: 'block' };
  condition: {
    tabIds: number[];
    regexFilter?: string;
    requestDomains?: string[];
    excludedRequestDomains?: string[];
  };
};

/** The session rules, with the hosts of the reader's own archives (origins such as `http://localhost:8080`) left out. */
export function browserBlockRules(userArchiveOrigins: readonly string[]): BlockRule[] {
  const own = [
    ...new Set(
      userArchiveOrigins.flatMap((origin) => {
        try {
          return [new URL(origin).hostname.replace(/^\[|\]$/g, '')];
        } catch {
          return [];
        }
      }),
    ),
  ];
  const condition = (filter: { regexFilter: string } | { requestDomains: string[] }) => ({
    tabIds: [-1],
    ...filter,
    ...(own.length > 0 && { excludedRequestDomains: own }),
  });
  const rules = [
    ...blockedHostPatterns().map((regexFilter) => condition({ regexFilter })),
    condition({ requestDomains: BLOCKED_DOMAINS }),
  ];
  return rules.map((c, i) => ({ id: i + 1, priority: 1, action: { type: 'block' as const }, condition: c }));
}
