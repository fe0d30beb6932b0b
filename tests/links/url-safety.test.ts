import { describe, expect, it } from 'vitest';
import { checkUrlSafety } from '../../utils/links/url-safety';

describe('checkUrlSafety', () => {
  it.each([
    'https://www.unesco.org/en/events/x',
    'http://uil.unesco.org/file.pdf',
    'https://zoom.us/meeting/register/abc',
    'https://8.8.8.8/',
    'https://[2001:4860:4860::8888]/',
    'https://172.32.0.1/',
    'https://100.128.0.1/',
    // WordPress.com: public, though 192.0.0.0/16 holds special-purpose rows.
    'https://192.0.78.9/',
    'https://www.nip.io.example.org/',
    'https://10-years.example.org/', // a dashed label that is not an address
    'https://cdn-0a000001.example.net/', // eight hex digits, outside wildcard DNS services
  ])('allows %s', (url) => {
    expect(checkUrlSafety(url).ok).toBe(true);
  });

  it.each([
    ['http://192.168.1.1/', 'private-address'],
    ['http://10.0.0.5:8080/admin', 'private-address'],
    ['http://172.16.3.4/', 'private-address'],
    ['http://127.0.0.1/', 'private-address'],
    ['http://2130706433/', 'private-address'], // 127.0.0.1 written as a number
    ['http://0x7f.1/', 'private-address'],
    ['http://0.0.0.0/', 'private-address'],
    ['http://169.254.169.254/latest/meta-data/', 'private-address'],
    ['http://100.64.1.1/', 'private-address'],
    ['http://224.0.0.1/', 'private-address'],
    ['http://[::1]/', 'private-address'],
    ['http://[fe80::1]/', 'private-address'],
    ['http://[fd12:3456::1]/', 'private-address'],
    ['http://[::ffff:192.168.1.1]/', 'private-address'],
    ['http://localhost:3000/', 'private-address'],
    ['http://printer.local/', 'private-address'],
    ['http://app.localhost/', 'private-address'],
    ['http://router/', 'private-address'],
    ['http://build.internal/', 'private-address'],
    // Issue 19, item 6: the gaps of the old hand-written ranges.
    ['http://[fec0::1]/', 'private-address'],
    ['http://[64:ff9b::7f00:1]/', 'private-address'],
    ['http://[2002:7f00:1::]/', 'private-address'],
    ['http://[::127.0.0.1]/', 'private-address'],
    ['http://[::ffff:0:7f00:1]/', 'private-address'],
    // Issue 19, item 1: names that resolve to the reader's own machine or network.
    ['http://127.0.0.1.nip.io/', 'private-address'],
    ['http://admin.192.168.1.1.sslip.io/', 'private-address'],
    ['http://app-10-0-0-1.nip.io/', 'private-address'],
    ['http://7f000001.nip.io/', 'private-address'],
    ['http://localtest.me/', 'private-address'],
    ['http://sub.localtest.me:8080/', 'private-address'],
    ['http://lvh.me/', 'private-address'],
    ['http://localhost.localdomain/', 'private-address'],
    ['http://localhost./', 'private-address'],
    ['http://nas.home.arpa/', 'private-address'],
    ['javascript:alert(1)', 'not-http'],
    ['file:///etc/passwd', 'not-http'],
    ['mailto:events@unesco.org', 'not-http'],
    ['ftp://ftp.unesco.org/', 'not-http'],
    ['not a url', 'invalid'],
    ['https://user:secret@example.org/', 'invalid'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(checkUrlSafety(url)).toEqual({ ok: false, reason });
  });
});
