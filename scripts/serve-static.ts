/**
 * A tiny static file server on loopback, for the built renderer: `npm start` falls back to it
 * when there is no Electron binary, and the e2e tests serve the web build (dist/web) with it.
 * GET and HEAD only, correct MIME types, nothing outside the root folder (no `..`, no symlinks out).
 */
import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path'

/** Content types by file extension; anything else is served as bytes. */
export const mimeTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

/** A running server: its base URL (with a trailing slash) and how to stop it. */
export interface StaticServer {
  url: string
  close(): Promise<void>
}

export interface ServeOptions {
  /** Loopback only by default; the app is not meant to be reachable from the network. */
  host?: string
  /** 0 picks a free port. */
  port?: number
}

/**
 * The file a URL path names inside `root`, or null when it would leave `root`.
 * Pure: the containment check on the lexical path; `serveStatic` also checks real paths.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const target = resolve(root, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`)
  return isInside(root, target) ? target : null
}

/** Serves `rootDir` on http://host:port/ until closed. */
export async function serveStatic(rootDir: string, options: ServeOptions = {}): Promise<StaticServer> {
  const root = await realpath(rootDir)
  const server = createServer((request, response) => {
    handle(root, request, response).catch(() => send(response, 500, 'Internal error'))
  })
  const host = options.host ?? '127.0.0.1'
  await listen(server, host, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  }
}

async function handle(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    return send(response, 405, 'Method not allowed')
  }
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname
  const target = resolveInside(root, pathname)
  if (!target) return send(response, 403, 'Forbidden')

  const file = await findFile(root, target, pathname)
  if (!file) return send(response, 404, 'Not found')

  response.writeHead(200, {
    'Content-Type': mimeTypes[extname(file.path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': file.size,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  })
  if (request.method === 'HEAD') return void response.end()
  createReadStream(file.path).pipe(response)
}

/** The file to send: the target, a folder's index.html, or for an extensionless route the app's index.html. */
async function findFile(root: string, target: string, pathname: string): Promise<{ path: string; size: number } | null> {
  const candidates = [target, join(target, 'index.html')]
  if (!extname(pathname)) candidates.push(join(root, 'index.html'))
  for (const candidate of candidates) {
    try {
      const real = await realpath(candidate)
      if (!isInside(root, real)) continue
      const info = await stat(real)
      if (info.isFile()) return { path: real, size: info.size }
    } catch {
      // Not there: try the next candidate.
    }
  }
  return null
}

function isInside(root: string, target: string): boolean {
  const path = relative(root, target)
  return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path))
}

function send(response: ServerResponse, status: number, text: string): void {
  if (response.headersSent) return void response.destroy()
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' })
  response.end(text)
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      done()
    })
  })
}
