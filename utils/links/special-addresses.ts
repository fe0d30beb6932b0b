/**
 * Which IP addresses a link check may ask: a table of the IANA special-purpose address registries, IPv4 and
 * IPv6, row by row, with what each row means for us (docs/security.md, "The address table", names the
 * registries and the date they were copied). Parsing and prefix matching are ipaddr.js's; the most specific
 * row that holds an address decides. An IPv4 address in no row is public; an IPv6 address in no row is public
 * only inside 2000::/3, the one block IANA allocates as global unicast.
 */
import ipaddr from 'ipaddr.js';

export type AddressRow = {
  prefix: string;
  name: string;
  /** The registry's "Globally Reachable" column; `null` where it says N/A or leaves it blank. */
  globallyReachable: boolean | null;
  /** Whether a link check may ask an address in it: the registry's answer, or a stricter one, said why. */
  allowed: boolean;
};

const row = (
  prefix: string,
  name: string,
  globallyReachable: boolean | null,
  allowed = globallyReachable === true,
) => ({
  prefix,
  name,
  globallyReachable,
  allowed,
});

/** IANA IPv4 Special-Purpose Address Registry, every row, and the multicast block from the IPv4 address space. */
export const IPV4_ROWS: readonly AddressRow[] = [
  row('0.0.0.0/8', '"This network" (RFC 791)', false),
  row('0.0.0.0/32', '"This host on this network" (RFC 1122)', false),
  row('10.0.0.0/8', 'Private-Use (RFC 1918)', false),
  row('100.64.0.0/10', 'Shared Address Space (RFC 6598)', false),
  row('127.0.0.0/8', 'Loopback (RFC 1122)', false),
  row('169.254.0.0/16', 'Link Local (RFC 3927)', false),
  row('172.16.0.0/12', 'Private-Use (RFC 1918)', false),
  row('192.0.0.0/24', 'IETF Protocol Assignments (RFC 6890)', false),
  row('192.0.0.0/29', 'IPv4 Service Continuity Prefix (RFC 7335)', false),
  row('192.0.0.8/32', 'IPv4 dummy address (RFC 7600)', false),
  row('192.0.0.9/32', 'Port Control Protocol Anycast (RFC 7723)', true),
  row('192.0.0.10/32', 'Traversal Using Relays around NAT Anycast (RFC 8155)', true),
  row('192.0.0.170/32', 'NAT64/DNS64 Discovery (RFC 8880)', false),
  row('192.0.0.171/32', 'NAT64/DNS64 Discovery (RFC 8880)', false),
  row('192.0.2.0/24', 'Documentation, TEST-NET-1 (RFC 5737)', false),
  row('192.31.196.0/24', 'AS112-v4 (RFC 7535)', true),
  row('192.52.193.0/24', 'AMT (RFC 7450)', true),
  // Terminated in 2015 (RFC 7526); the registry leaves the column blank.
  row('192.88.99.0/24', 'Deprecated, 6to4 Relay Anycast (RFC 7526)', null),
  row('192.88.99.2/32', '6a44-relay anycast address (RFC 6751)', false),
  row('192.168.0.0/16', 'Private-Use (RFC 1918)', false),
  row('192.175.48.0/24', 'Direct Delegation AS112 Service (RFC 7534)', true),
  row('198.18.0.0/15', 'Benchmarking (RFC 2544)', false),
  row('198.51.100.0/24', 'Documentation, TEST-NET-2 (RFC 5737)', false),
  row('203.0.113.0/24', 'Documentation, TEST-NET-3 (RFC 5737)', false),
  row('240.0.0.0/4', 'Reserved (RFC 1112)', false),
  row('255.255.255.255/32', 'Limited Broadcast (RFC 919)', false),
  // Not in the special-purpose registry: the IPv4 address space registry's multicast block.
  row('224.0.0.0/4', 'Multicast (RFC 5771)', false),
];

/**
 * IANA IPv6 Special-Purpose Address Registry, every row, and the blocks of the IPv6 address space registry
 * that a web page could name but that are not global unicast. Addresses that carry an IPv4 address inside
 * them are refused whatever the registry says: they reach that IPv4 address through a translator or relay on
 * the reader's own network, and no public web page is addressed that way.
 */
export const IPV6_ROWS: readonly AddressRow[] = [
  row('::1/128', 'Loopback Address (RFC 4291)', false),
  row('::/128', 'Unspecified Address (RFC 4291)', false),
  row('::ffff:0:0/96', 'IPv4-mapped Address (RFC 4291)', false),
  row('64:ff9b::/96', 'IPv4-IPv6 Translation, NAT64 (RFC 6052): carries an IPv4 address', true, false),
  row('64:ff9b:1::/48', 'IPv4-IPv6 Translation, local use (RFC 8215)', false),
  row('100::/64', 'Discard-Only Address Block (RFC 6666)', false),
  row('100:0:0:1::/64', 'Dummy IPv6 Prefix (RFC 9780)', false),
  row('2001::/23', 'IETF Protocol Assignments (RFC 2928)', false),
  row('2001::/32', 'TEREDO (RFC 4380): carries an IPv4 address', null),
  row('2001:1::1/128', 'Port Control Protocol Anycast (RFC 7723)', true),
  row('2001:1::2/128', 'Traversal Using Relays around NAT Anycast (RFC 8155)', true),
  row('2001:1::3/128', 'DNS-SD Service Registration Protocol Anycast (RFC 9665)', true),
  row('2001:2::/48', 'Benchmarking (RFC 5180)', false),
  row('2001:3::/32', 'AMT (RFC 7450)', true),
  row('2001:4:112::/48', 'AS112-v6 (RFC 7535)', true),
  row('2001:10::/28', 'Deprecated, previously ORCHID (RFC 4843)', null),
  row('2001:20::/28', 'ORCHIDv2 (RFC 7343)', true),
  row('2001:30::/28', 'Drone Remote ID Protocol Entity Tags (RFC 9374)', true),
  row('2001:db8::/32', 'Documentation (RFC 3849)', false),
  row('2002::/16', '6to4 (RFC 3056): carries an IPv4 address', null),
  row('2620:4f:8000::/48', 'Direct Delegation AS112 Service (RFC 7534)', true),
  row('3fff::/20', 'Documentation (RFC 9637)', false),
  row('5f00::/16', 'Segment Routing (SRv6) SIDs (RFC 9602)', false),
  row('fc00::/7', 'Unique-Local (RFC 4193)', false),
  row('fe80::/10', 'Link-Local Unicast (RFC 4291)', false),
  // Not in the special-purpose registry: blocks of the IPv6 address space registry.
  row('::/96', 'IPv4-compatible Address, deprecated (RFC 4291): carries an IPv4 address', false),
  row('::ffff:0:0:0/96', 'IPv4-translated Address (RFC 2765): carries an IPv4 address', false),
  row('fec0::/10', 'Site-Local, deprecated (RFC 3879)', false),
  row('ff00::/8', 'Multicast (RFC 4291)', false),
];

/** The only IPv6 block allocated as global unicast (IANA IPv6 address space registry). */
const GLOBAL_UNICAST = '2000::/3';

type Parsed = { row: AddressRow; range: [ipaddr.IPv4 | ipaddr.IPv6, number] };
let parsed: { v4: Parsed[]; v6: Parsed[]; unicast: [ipaddr.IPv6, number] } | null = null;

function table() {
  parsed ??= {
    v4: IPV4_ROWS.map((r) => ({ row: r, range: ipaddr.IPv4.parseCIDR(r.prefix) })),
    v6: IPV6_ROWS.map((r) => ({ row: r, range: ipaddr.IPv6.parseCIDR(r.prefix) })),
    unicast: ipaddr.IPv6.parseCIDR(GLOBAL_UNICAST),
  };
  return parsed;
}

export type AddressVerdict = { allowed: boolean; row: AddressRow | null };

function mostSpecific(address: ipaddr.IPv4 | ipaddr.IPv6, rows: readonly Parsed[]): AddressRow | null {
  let best: Parsed | null = null;
  for (const candidate of rows) {
    if (address.match(candidate.range) && (!best || candidate.range[1] > best.range[1])) best = candidate;
  }
  return best?.row ?? null;
}

/**
 * The verdict on an IP address as a URL's host gives it (`192.168.1.1`, `[::1]`), or `null` when the host is
 * not an IP address. Only the canonical forms are taken: `URL` has already turned `0x7f.1` and `2130706433`
 * into `127.0.0.1`, and IPv6 hosts into their compressed form.
 */
export function judgeIpHost(host: string): AddressVerdict | null {
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : null;
  const t = table();
  if (bare !== null) {
    if (!ipaddr.IPv6.isValid(bare)) return { allowed: false, row: null };
    const address = ipaddr.IPv6.parse(bare);
    const found = mostSpecific(address, t.v6);
    if (found) return { allowed: found.allowed, row: found };
    return { allowed: address.match(t.unicast), row: null };
  }
  if (!ipaddr.IPv4.isValidFourPartDecimal(host)) return null;
  const found = mostSpecific(ipaddr.IPv4.parse(host), t.v4);
  return { allowed: found?.allowed ?? true, row: found };
}
