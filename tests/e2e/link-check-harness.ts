/**
 * What the link-check browser tests share (link-check.e2e.test.ts, link-check-safety.e2e.test.ts): a Chromium with
 * the extension and a local server for real redirects, and a capture with more links in it.
 *
 * Not a shared journey: real redirects come from a local server that Chromium's host-resolver rules point at,
 * and vanished domains and hanging servers from Playwright's routing; Firefox's suite checks a subset of these
 * links through its proxy (tests/firefox/granted-hosts).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Route } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  CHROME_E2E_GRANTS_DIR,
  launchWithExtension,
  loadSample,
  serveCapture,
  tabIdOf,
  waitForBadge,
  type ExtensionBrowser,
} from '../browsers/chromium';

/**
 * Real redirects come from a local server (request routing cannot answer a service worker's fetch with one):
 * chain.example.org, soft.example.org and into-lan.example.org resolve to it. It also stands for a device on
 * the reader's own network, asked by its loopback address (`privateHits` lists what reached it that way).
 */
export function useLinkCheckBrowser(): { browser: () => ExtensionBrowser; port: () => number; privateHits: string[] } {
  let server: Server;
  let port = 0;
  let browser: ExtensionBrowser | null = null;
  const privateHits: string[] = [];
  const redirects = (req: { url?: string; headers: { host?: string } }, res: ServerResponse) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const path = req.url ?? '/';
    const html = (status: number, title: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`);
    };
    const redirect = (status: number, location: string) => {
      res.writeHead(status, { location });
      res.end();
    };
    if (host === '127.0.0.1') {
      privateHits.push(path);
      return html(200, 'Router admin');
    }
    // A public site whose link redirects into the reader's network (issue 19, item 1).
    if (host === 'into-lan.example.org') return redirect(302, `http://127.0.0.1:${port}/admin`);
    if (host === 'chain.example.org') {
      if (path === '/a') return redirect(301, '/b');
      if (path === '/b') return redirect(302, 'http://chain.example.org/final');
      if (path === '/final') return html(200, 'Final page');
      return html(404, 'Not here');
    }
    if (host === 'soft.example.org') return path === '/' ? html(200, 'Soft home') : redirect(301, '/');
    return html(404, 'Unknown host');
  };

  beforeAll(async () => {
    server = createServer(redirects);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    // The build that has "any host" granted, as a reader grants it at the first check (headless Chromium cannot
    // show the browser's prompt). Everything else is the product as shipped.
    browser = await launchWithExtension({
      headless: true,
      extensionDir: CHROME_E2E_GRANTS_DIR,
      localHosts: { 'chain.example.org': port, 'soft.example.org': port, 'into-lan.example.org': port },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server.close(resolve));
  });

  return {
    browser: () => {
      if (!browser) throw new Error('the browser is not running');
      return browser;
    },
    port: () => port,
    privateHits,
  };
}

const ARCHIVE = 'https://webarchive.unesco.org/web/20201206072020/';

/** The sample capture with more links in the event's text, each rewritten by the archive as real captures are. */
export async function openCaptureWithLinks(
  browser: ExtensionBrowser,
  links: { url: string; text: string }[],
  path: string,
) {
  const sample = loadSample('seed');
  const anchor = 'Programme download</a></p>';
  const extra = links.map((l) => `<p><a href="${ARCHIVE}${l.url}">${l.text}</a></p>`).join('\n');
  const html = sample.html.replace(anchor, `${anchor}\n${extra}`);
  const url = sample.url.replace(/evaluation$/, `evaluation-${path}`);
  await serveCapture(browser.context, url, html);
  const page = await browser.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(browser, page);
  expect(await waitForBadge(browser, tabId)).toBe('EVT');
  return { page, tabId };
}

export type Seen = { method: string; url: string }[];

export function fulfilHtml(route: Route, status: number, title: string, headers: Record<string, string> = {}) {
  return route.fulfill({
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
    body: `<html><head><title>${title}</title></head><body><h1>${title}</h1></body></html>`,
  });
}
