import { describe, expect, it } from 'vitest';
import {
  BLOCKED_DOMAINS,
  blockedHostPatterns,
  browserBlockRules,
  ipv4BlockPattern,
} from '../../utils/links/browser-block-rules';
import { checkUrlSafety } from '../../utils/links/url-safety';

/** Whether any rule's filter matches (the browser's RE2 and JavaScript agree on these simple patterns). */
const blocked = (url: string) =>
  blockedHostPatterns().some((p) => new RegExp(p, 'i').test(url)) ||
  BLOCKED_DOMAINS.some((d) => {
    const host = new URL(url).hostname;
    return host === d || host.endsWith(`.${d}`);
  });

describe('the browser’s block on the extension’s own requests', () => {
  it.each([
    ['172.16.0.0/12', '172\\.(?:1[6-9]|2[0-9]|3[0-1])\\.[0-9]{1,3}\\.[0-9]{1,3}'],
    ['192.168.0.0/16', '192\\.168\\.[0-9]{1,3}\\.[0-9]{1,3}'],
    ['100.64.0.0/10', '100\\.(?:6[4-9]|7[0-9]|8[0-9]|9[0-9]|10[0-9]|11[0-9]|12[0-7])\\.[0-9]{1,3}\\.[0-9]{1,3}'],
    ['127.0.0.0/8', '127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}'],
    ['0.0.0.0/8', '0\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}'],
  ])('writes %s as %s', (cidr, pattern) => {
    expect(ipv4BlockPattern(cidr)).toBe(pattern);
  });

  it.each([
    'http://127.0.0.1/',
    'http://127.255.255.254:8080/admin',
    'https://10.0.0.1/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://0.0.0.0:3000/',
    'http://[::1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::7f00:1]:8080/',
    'http://[fd00::1]/',
    'http://[fe80::1]/',
    'http://[fec0::1]/',
    'http://localhost:8080/',
    'http://app.localhost/',
    'http://printer.local/',
    'http://nas.home.arpa/',
    'http://router/',
    'http://router:8080/x',
    'http://x.localtest.me/',
  ])('blocks %s', (url) => {
    expect(blocked(url)).toBe(true);
    // Everything the browser blocks, the address guard refuses too.
    expect(checkUrlSafety(url).ok).toBe(false);
  });

  it.each([
    'https://www.unesco.org/en/events',
    'http://172.32.0.1/',
    'http://172.15.255.255/',
    'http://192.169.0.1/',
    'http://11.0.0.1/',
    'http://100.128.0.1/',
    'http://128.0.0.1/',
    'https://1270.0.0.1.example/',
    'http://[2001:4860:4860::8888]/',
    'http://example.org/?next=http://127.0.0.1/',
    'http://example.org/127.0.0.1/',
  ])('lets %s through', (url) => {
    expect(blocked(url)).toBe(false);
  });

  it('blocks only outside tabs, and leaves out the reader’s own archive hosts', () => {
    const rules = browserBlockRules(['http://localhost:8080', 'http://192.168.1.10', 'not an origin']);
    expect(rules.map((r) => r.id)).toEqual(rules.map((_, i) => i + 1));
    for (const rule of rules) {
      expect(rule.action.type).toBe('block');
      expect(rule.condition.tabIds).toEqual([-1]);
      expect(rule.condition.excludedRequestDomains).toEqual(['localhost', '192.168.1.10']);
    }
    expect(browserBlockRules([])[0]?.condition.excludedRequestDomains).toBeUndefined();
  });
});
