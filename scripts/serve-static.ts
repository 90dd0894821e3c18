/**
 * The static file server for the built renderer, on loopback: `npm start` falls back to it when
 * there is no Electron binary. Files are served by sirv (the server Vite's own preview uses); this
 * module adds what the app promises on top: loopback only, GET and HEAD only, nothing outside the
 * root folder (no `..`, no encoded separators, no symlinks out), `nosniff`, and an app route
 * (a path without an extension) answered with the app's index.html.
 */
import { realpathSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { lookup } from 'mrmime'
import sirv from 'sirv'

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

/** Text types are sent with their charset; browsers otherwise guess it. */
export function contentTypeOf(path: string): string {
  const type = lookup(path) ?? 'application/octet-stream'
  return /^text\/|javascript|json|manifest/.test(type) && !type.includes('charset') ? `${type}; charset=utf-8` : type
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
  const files = sirv(root, {
    // dev: every request looks at the disk, so what is served is what `handle` checked.
    dev: true,
    etag: true,
    single: true,
    extensions: ['html'],
    setHeaders: (response, pathname) => {
      response.setHeader('Content-Type', contentTypeOf(pathname.endsWith('/') || !/\.[^/]+$/.test(pathname) ? 'index.html' : pathname))
      response.setHeader('X-Content-Type-Options', 'nosniff')
    },
  })
  const server = createServer((request, response) => handle(root, files, request, response))
  const host = options.host ?? '127.0.0.1'
  await listen(server, host, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host}:${port}/`,
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  }
}

type Files = ReturnType<typeof sirv>

function handle(root: string, files: Files, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD')
    return send(response, 405, 'Method not allowed')
  }
  const url = new URL(request.url ?? '/', 'http://localhost')
  const pathname = url.pathname
  // sirv reads request.url itself: it gets the path as parsed here (dot segments and backslashes resolved).
  request.url = pathname + url.search
  const target = resolveInside(root, pathname)
  if (!target) return send(response, 403, 'Forbidden')
  // A symlink (or a folder on the way) that leads out of the root is as good as missing.
  const real = safeRealpath(target)
  if (real !== null && !isInside(root, real)) return send(response, 404, 'Not found')
  // Node's server sends no body for HEAD, whatever sirv streams.
  try {
    files(request, response, () => send(response, 404, 'Not found'))
  } catch {
    send(response, 500, 'Internal error')
  }
}

function safeRealpath(path: string): string | null {
  try {
    return realpathSync(path)
  } catch {
    return null
  }
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
