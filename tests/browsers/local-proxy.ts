/**
 * The internet, as far as a test's Firefox knows it: an HTTP proxy on loopback that answers every request
 * from routes the test registers (docs/testing.md, "Firefox"). Firefox sends it everything: pages,
 * the extension's background, its own housekeeping. HTTPS arrives as `CONNECT host:443` and is answered over
 * TLS with a throwaway self-signed certificate, which the browser accepts because the test session allows
 * insecure certificates. Puppeteer's own request interception cannot stand in: it does not see the requests
 * of the extension's background page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';

/** A request as the proxy saw it: the method and the full address, https included. */
export type ProxiedRequest = { method: string; url: string };

/** A response, or a connection that is dropped (the browser sees a network error) or never answered. */
export type ProxyAnswer =
  | { status: number; body?: string | Buffer; headers?: Record<string, string>; contentType?: string }
  | { drop: true }
  | { hang: true };

export type ProxyRoute = (request: ProxiedRequest) => ProxyAnswer | undefined;

export type LocalProxy = {
  port: number;
  /** Every request that reached the proxy, in order (Firefox's own background traffic included). */
  requests: ProxiedRequest[];
  /** Adds a route; the latest route that answers wins, as with Playwright's routing. */
  route(route: ProxyRoute): void;
  close(): Promise<void>;
};

/** A self-signed certificate for every host, made for this run and deleted at once. */
function throwawayCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'event-lens-cert-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    const subject = ['-subj', '/CN=event-lens-test', '-keyout', key, '-out', cert];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', ...subject], {
      stdio: 'ignore',
    });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What nothing answers: a 404, as a site answers a path it does not have. */
const NOT_HERE: ProxyAnswer = { status: 404, contentType: 'text/plain', body: 'Not on the test network' };

function reply(answer: ProxyAnswer, req: IncomingMessage, res: ServerResponse): void {
  if ('hang' in answer) return;
  if ('drop' in answer) {
    req.socket.destroy();
    return;
  }
  const headers = { 'content-type': answer.contentType ?? 'text/html; charset=utf-8', ...answer.headers };
  res.writeHead(answer.status, headers);
  res.end(req.method === 'HEAD' ? undefined : answer.body);
}

export async function startLocalProxy(): Promise<LocalProxy> {
  const routes: ProxyRoute[] = [];
  const requests: ProxiedRequest[] = [];
  const answer = (url: string, req: IncomingMessage, res: ServerResponse) => {
    const request = { method: req.method ?? 'GET', url };
    requests.push(request);
    const found = routes.reduceRight<ProxyAnswer | undefined>((a, route) => a ?? route(request), undefined);
    reply(found ?? NOT_HERE, req, res);
  };
  // Requests that came through a CONNECT tunnel: the address is rebuilt from the Host header.
  const tunnelled = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '');
    answer(`https://${host}${req.url ?? '/'}`, req, res);
  });
  const tls = { isServer: true, ...throwawayCertificate() };
  // Plain http through a proxy: the request line holds the whole address.
  const proxy = createServer((req, res) => answer(req.url ?? '', req, res));
  // Tunnels leave the HTTP server's hands: kept here to be closed with the proxy.
  const tunnels = new Set<Duplex>();
  proxy.on('connect', (_req, socket: Duplex) => {
    tunnels.add(socket);
    socket.on('close', () => tunnels.delete(socket));
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    tunnelled.emit('connection', new TLSSocket(socket, tls));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    port: (proxy.address() as AddressInfo).port,
    requests,
    route: (route) => void routes.push(route),
    close: () =>
      new Promise((resolve) => {
        for (const socket of tunnels) socket.destroy();
        proxy.closeAllConnections();
        proxy.close(() => resolve());
      }),
  };
}
