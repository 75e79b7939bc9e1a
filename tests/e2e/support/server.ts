import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NEWS_HOST } from './hosts';

/** `tests/fixtures/pages/`, the default root of {@link startServer}. */
export const FIXTURE_PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * A self-signed certificate for the pages served over TLS (see {@link startServer}); the test
 * browser takes any certificate (`--ignore-certificate-errors`), and nothing else trusts it.
 */
const TLS = {
  cert: readFileSync(fileURLToPath(new URL('./tls/test-server-cert.pem', import.meta.url))),
  key: readFileSync(fileURLToPath(new URL('./tls/test-server-key.pem', import.meta.url))),
};

/** The first byte of a TLS handshake record: a connection that starts with it speaks TLS. */
const TLS_HANDSHAKE = 0x16;

/** A running static server on 127.0.0.1. */
export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  origin: string;
  /**
   * Absolute URL of a path on this server (`/000-x.html` or `000-x.html`) under `host` (by
   * default a built-in news site, which the test browser resolves to 127.0.0.1).
   */
  url(path: string, host?: string): string;
  /** Serves `body` at `path` from memory (taking precedence over files); returns its URL. */
  addPage(path: string, body: string, type?: string): string;
  close(): Promise<void>;
}

/**
 * Starts a static server on 127.0.0.1 with an ephemeral port, serving `root` (by default the
 * fixture pages) plus any pages registered with `addPage`. Nothing outside `root` is served.
 *
 * It answers HTTP and HTTPS on the same port. Pages are served under real news sites' host names,
 * and Chromium upgrades a request for a name on its HSTS preload list to HTTPS on the same port
 * before it is sent (Chromium 156 does so for `novayagazeta.eu`, one of the demo's outlets): such
 * a request arrives as a TLS handshake, and is answered over TLS.
 */
export async function startServer(root: string = FIXTURE_PAGES): Promise<StaticServer> {
  const base = resolve(root);
  const pages = new Map<string, { body: string; type: string }>();

  const respond = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, String(error));
      else res.destroy();
    });
  };
  const plain = createServer(respond);
  const secure = createTlsServer(TLS, respond);
  // Each connection goes to the server of the protocol its first bytes say; they are handed on
  // with it (the servers read a socket's buffered bytes first).
  const server = createNetServer((socket: Socket) => {
    // Until a server has it, a reset (Chromium drops its unused preconnections) would be an
    // error with no listener, which ends the test process.
    socket.on('error', () => socket.destroy());
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      return send(res, 400, 'bad path');
    }
    const page = pages.get(path);
    if (page) return send(res, 200, page.body, page.type, req.method === 'HEAD');
    if (path.includes('\0')) return send(res, 400, 'bad path');
    // Decoded `%2f..%2f` can still climb out: resolve, then insist the result stays under root.
    let file = resolve(base, `.${path}`);
    if (file !== base && !file.startsWith(base + sep)) return send(res, 404, 'not found');
    const info = await stat(file).catch(() => null);
    if (info?.isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file).catch(() => null);
    if (!body) return send(res, 404, 'not found');
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    send(res, 200, body, type, req.method === 'HEAD');
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const url = (path: string, host: string = NEWS_HOST): string =>
    new URL(path.replace(/^\/?/, '/'), `http://${host}:${port}`).href;

  return {
    origin,
    url,
    addPage(path, body, type = 'text/html; charset=utf-8') {
      const key = path.replace(/^\/?/, '/');
      pages.set(key, { body, type });
      return url(key);
    },
    close: () =>
      new Promise<void>((done) => {
        plain.closeAllConnections();
        secure.closeAllConnections();
        server.close(() => done());
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  headOnly = false,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    'content-type': type,
    'content-length': bytes.length,
    // Tests edit pages between runs; a cached copy would hide the change.
    'cache-control': 'no-store',
  });
  res.end(headOnly ? undefined : bytes);
}
