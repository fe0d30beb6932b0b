/**
 * Which addresses the link checker may request. An archived page can link anywhere, including to the
 * reader's own network (`http://192.168.1.1/`, `http://printer.local/`): the extension must never become a
 * probe of it. Only http(s) to a public-looking host name or a public IP address; never loopback, private,
 * link-local, carrier-grade NAT, multicast or reserved ranges, `.local` / `.localhost` / `.internal` names,
 * or single-label names (intranet hosts). A public name that resolves to a private address cannot be seen
 * from an extension; the browser's own Private Network Access rules are the last line there.
 */

export type UrlSafety = { ok: true; url: URL } | { ok: false; reason: 'not-http' | 'private-address' | 'invalid' };

const LOCAL_SUFFIXES = ['.local', '.localhost', '.internal', '.intranet', '.lan', '.home.arpa', '.corp'];

function ipv4Parts(host: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

/** IPv4 ranges that are not the public internet (RFC 6890 and friends). */
function isNonPublicIpv4([a = 0, b = 0]: number[]): boolean {
  return (
    a === 0 || // "this network"
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT
    (a === 169 && b === 254) || // link-local
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 192 && b === 0) || // IETF protocol assignments, TEST-NET-1 is 192.0.2
    (a === 198 && (b === 18 || b === 19)) || // benchmarking
    a >= 224 // multicast, reserved, broadcast
  );
}

/** IPv6 (`[…]` as `URL` gives it): loopback, unspecified, unique-local, link-local, and v4-mapped private. */
function isNonPublicIpv6(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === '::1' || h === '::') return true;
  if (/^f[cd][0-9a-f]{2}:/.test(h)) return true; // fc00::/7
  if (/^fe[89ab][0-9a-f]:/.test(h)) return true; // fe80::/10
  if (/^ff[0-9a-f]{2}:/.test(h)) return true; // multicast
  const mapped = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/.exec(h);
  if (mapped) {
    if (mapped[1]) return isNonPublicIpv4(ipv4Parts(mapped[1]) ?? [0]);
    const hi = parseInt(mapped[2] ?? '0', 16);
    const lo = parseInt(mapped[3] ?? '0', 16);
    return isNonPublicIpv4([hi >> 8, hi & 255, lo >> 8, lo & 255]);
  }
  return false;
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
  if (host.startsWith('[')) return isNonPublicIpv6(host) ? { ok: false, reason: 'private-address' } : { ok: true, url };
  const v4 = ipv4Parts(host);
  if (v4) return isNonPublicIpv4(v4) ? { ok: false, reason: 'private-address' } : { ok: true, url };
  if (host === 'localhost' || !host.includes('.') || LOCAL_SUFFIXES.some((s) => host.endsWith(s))) {
    return { ok: false, reason: 'private-address' };
  }
  return { ok: true, url };
}
