import { describe, expect, it } from 'vitest';
import { IPV4_ROWS, IPV6_ROWS, judgeIpHost } from '../../utils/links/special-addresses';

/**
 * Every row of the table, at both ends of its prefix, with the verdict written out by hand: `allow` or
 * `refuse` for the address itself (an end that a more specific row holds takes that row's verdict, noted).
 * The ends were worked out from each prefix by hand, not by the code under test.
 */
const EDGES: [prefix: string, first: string, firstVerdict: string, last: string, lastVerdict: string][] = [
  ['0.0.0.0/8', '0.0.0.0', 'refuse', '0.255.255.255', 'refuse'],
  ['0.0.0.0/32', '0.0.0.0', 'refuse', '0.0.0.0', 'refuse'],
  ['10.0.0.0/8', '10.0.0.0', 'refuse', '10.255.255.255', 'refuse'],
  ['100.64.0.0/10', '100.64.0.0', 'refuse', '100.127.255.255', 'refuse'],
  ['127.0.0.0/8', '127.0.0.0', 'refuse', '127.255.255.255', 'refuse'],
  ['169.254.0.0/16', '169.254.0.0', 'refuse', '169.254.255.255', 'refuse'],
  ['172.16.0.0/12', '172.16.0.0', 'refuse', '172.31.255.255', 'refuse'],
  ['192.0.0.0/24', '192.0.0.0', 'refuse', '192.0.0.255', 'refuse'],
  ['192.0.0.0/29', '192.0.0.0', 'refuse', '192.0.0.7', 'refuse'],
  ['192.0.0.8/32', '192.0.0.8', 'refuse', '192.0.0.8', 'refuse'],
  ['192.0.0.9/32', '192.0.0.9', 'allow', '192.0.0.9', 'allow'],
  ['192.0.0.10/32', '192.0.0.10', 'allow', '192.0.0.10', 'allow'],
  ['192.0.0.170/32', '192.0.0.170', 'refuse', '192.0.0.170', 'refuse'],
  ['192.0.0.171/32', '192.0.0.171', 'refuse', '192.0.0.171', 'refuse'],
  ['192.0.2.0/24', '192.0.2.0', 'refuse', '192.0.2.255', 'refuse'],
  ['192.31.196.0/24', '192.31.196.0', 'allow', '192.31.196.255', 'allow'],
  ['192.52.193.0/24', '192.52.193.0', 'allow', '192.52.193.255', 'allow'],
  ['192.88.99.0/24', '192.88.99.0', 'refuse', '192.88.99.255', 'refuse'],
  ['192.88.99.2/32', '192.88.99.2', 'refuse', '192.88.99.2', 'refuse'],
  ['192.168.0.0/16', '192.168.0.0', 'refuse', '192.168.255.255', 'refuse'],
  ['192.175.48.0/24', '192.175.48.0', 'allow', '192.175.48.255', 'allow'],
  ['198.18.0.0/15', '198.18.0.0', 'refuse', '198.19.255.255', 'refuse'],
  ['198.51.100.0/24', '198.51.100.0', 'refuse', '198.51.100.255', 'refuse'],
  ['203.0.113.0/24', '203.0.113.0', 'refuse', '203.0.113.255', 'refuse'],
  ['240.0.0.0/4', '240.0.0.0', 'refuse', '255.255.255.255', 'refuse'],
  ['255.255.255.255/32', '255.255.255.255', 'refuse', '255.255.255.255', 'refuse'],
  ['224.0.0.0/4', '224.0.0.0', 'refuse', '239.255.255.255', 'refuse'],
  ['::1/128', '::1', 'refuse', '::1', 'refuse'],
  ['::/128', '::', 'refuse', '::', 'refuse'],
  ['::ffff:0:0/96', '::ffff:0:0', 'refuse', '::ffff:ffff:ffff', 'refuse'],
  ['64:ff9b::/96', '64:ff9b::', 'refuse', '64:ff9b::ffff:ffff', 'refuse'],
  ['64:ff9b:1::/48', '64:ff9b:1::', 'refuse', '64:ff9b:1:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['100::/64', '100::', 'refuse', '100::ffff:ffff:ffff:ffff', 'refuse'],
  ['100:0:0:1::/64', '100:0:0:1::', 'refuse', '100::1:ffff:ffff:ffff:ffff', 'refuse'],
  ['2001::/23', '2001::', 'refuse', '2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['2001::/32', '2001::', 'refuse', '2001:0:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['2001:1::1/128', '2001:1::1', 'allow', '2001:1::1', 'allow'],
  ['2001:1::2/128', '2001:1::2', 'allow', '2001:1::2', 'allow'],
  ['2001:1::3/128', '2001:1::3', 'allow', '2001:1::3', 'allow'],
  ['2001:2::/48', '2001:2::', 'refuse', '2001:2:0:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['2001:3::/32', '2001:3::', 'allow', '2001:3:ffff:ffff:ffff:ffff:ffff:ffff', 'allow'],
  ['2001:4:112::/48', '2001:4:112::', 'allow', '2001:4:112:ffff:ffff:ffff:ffff:ffff', 'allow'],
  ['2001:10::/28', '2001:10::', 'refuse', '2001:1f:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['2001:20::/28', '2001:20::', 'allow', '2001:2f:ffff:ffff:ffff:ffff:ffff:ffff', 'allow'],
  ['2001:30::/28', '2001:30::', 'allow', '2001:3f:ffff:ffff:ffff:ffff:ffff:ffff', 'allow'],
  ['2001:db8::/32', '2001:db8::', 'refuse', '2001:db8:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['2002::/16', '2002::', 'refuse', '2002:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['2620:4f:8000::/48', '2620:4f:8000::', 'allow', '2620:4f:8000:ffff:ffff:ffff:ffff:ffff', 'allow'],
  ['3fff::/20', '3fff::', 'refuse', '3fff:fff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['5f00::/16', '5f00::', 'refuse', '5f00:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['fc00::/7', 'fc00::', 'refuse', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['fe80::/10', 'fe80::', 'refuse', 'febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['::/96', '::', 'refuse', '::ffff:ffff', 'refuse'],
  ['::ffff:0:0:0/96', '::ffff:0:0:0', 'refuse', '::ffff:0:ffff:ffff', 'refuse'],
  ['fec0::/10', 'fec0::', 'refuse', 'feff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
  ['ff00::/8', 'ff00::', 'refuse', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'refuse'],
];

const host = (address: string) => (address.includes(':') ? `[${address}]` : address);
const verdict = (address: string) => (judgeIpHost(host(address))?.allowed ? 'allow' : 'refuse');

describe('the special-purpose address table', () => {
  it('has an edge test for every row, and no row twice', () => {
    const rows = [...IPV4_ROWS, ...IPV6_ROWS].map((r) => r.prefix);
    expect(new Set(rows).size).toBe(rows.length);
    expect(EDGES.map(([prefix]) => prefix).sort()).toEqual([...rows].sort());
  });

  it.each(EDGES)('%s: %s is %s, %s is %s', (_prefix, first, firstVerdict, last, lastVerdict) => {
    expect(verdict(first)).toBe(firstVerdict);
    expect(verdict(last)).toBe(lastVerdict);
  });

  it('a row allows only what the registry calls globally reachable, and says why when it is stricter', () => {
    for (const row of [...IPV4_ROWS, ...IPV6_ROWS]) {
      if (row.allowed) expect(row.globallyReachable, row.prefix).toBe(true);
      if (row.globallyReachable === true && !row.allowed) expect(row.name, row.prefix).toMatch(/carries an IPv4/);
    }
  });

  it.each([
    ['192.0.78.9', 'allow'], // WordPress.com: public, inside 192.0.0.0/16 but in no special row
    ['192.0.1.1', 'allow'],
    ['8.8.8.8', 'allow'],
    ['172.32.0.1', 'allow'],
    ['100.128.0.1', 'allow'],
    ['223.255.255.255', 'allow'],
    ['2001:4860:4860::8888', 'allow'],
    ['2606:4700:4700::1111', 'allow'],
    ['2001:200::1', 'allow'], // just past 2001::/23
    ['4000::1', 'refuse'], // outside 2000::/3, the only global unicast block
    ['1000::1', 'refuse'],
    ['fec0::1', 'refuse'],
    ['64:ff9b::7f00:1', 'refuse'], // NAT64 of 127.0.0.1
    ['64:ff9b::808:808', 'refuse'], // NAT64 of a public address: still through a translator
    ['2002:7f00:1::', 'refuse'], // 6to4 of 127.0.0.1
    ['::7f00:1', 'refuse'], // [::127.0.0.1]
    ['::ffff:0:7f00:1', 'refuse'],
    ['::ffff:7f00:1', 'refuse'],
  ])('%s: %s', (address, expected) => {
    expect(verdict(address)).toBe(expected);
  });

  it('is not asked about names, and refuses a bracketed host that is not an address', () => {
    expect(judgeIpHost('example.org')).toBeNull();
    expect(judgeIpHost('1.2.3')).toBeNull();
    expect(judgeIpHost('[not-an-address]')).toEqual({ allowed: false, row: null });
  });
});
