import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveInside, serveStatic, type StaticServer } from '../../scripts/serve-static'

let dir: string
let site: string
let server: StaticServer

/** A raw request, so the path reaches the server exactly as written (fetch would normalise `..`). */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  const { hostname, port } = new URL(server.url)
  return new Promise((done, fail) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => done({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }))
    })
    req.on('error', fail)
    req.end()
  })
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gutplan-serve-'))
  site = join(dir, 'site')
  mkdirSync(join(site, 'assets'), { recursive: true })
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>Gutplan</title>')
  writeFileSync(join(site, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(site, 'assets', 'app.css'), 'body{}')
  writeFileSync(join(site, 'icon.svg'), '<svg/>')
  writeFileSync(join(dir, 'secret.txt'), 'secret')
  symlinkSync(join(dir, 'secret.txt'), join(site, 'link.txt'))
  server = await serveStatic(site)
})

afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('serveStatic', () => {
  it('listens on loopback', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
  })

  it.each([
    ['/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/assets/app.css', 'text/css; charset=utf-8', 'body'],
    ['/icon.svg', 'image/svg+xml', '<svg'],
    ['/assets/app.js?v=2', 'text/javascript; charset=utf-8', 'console.log'],
  ])('serves %s as %s', async (path, type, start) => {
    const response = await get(path)
    expect(response.status).toBe(200)
    expect(response.type).toBe(type)
    expect(response.body.startsWith(start)).toBe(true)
  })

  it("answers an app route with the app's page", async () => {
    const response = await get('/profile')
    expect(response.status).toBe(200)
    expect(response.body).toContain('<title>Gutplan</title>')
  })

  it('answers a missing file with 404', async () => {
    expect((await get('/assets/missing.js')).status).toBe(404)
  })

  it.each(['/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt', '/..\\secret.txt', '/a%00.txt'])(
    'never serves a file outside the folder: %s',
    async (path) => {
      const response = await get(path)
      expect([403, 404]).toContain(response.status)
      expect(response.body).not.toContain('secret')
    },
  )

  it('does not follow a symlink out of the folder', async () => {
    const response = await get('/link.txt')
    expect(response.status).toBe(404)
    expect(response.body).not.toContain('secret')
  })

  it('allows only GET and HEAD', async () => {
    expect((await get('/', 'POST')).status).toBe(405)
    const head = await get('/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })
})

describe('resolveInside', () => {
  it.each([
    ['/index.html', '/srv/site/index.html'],
    ['/assets/a%20b.js', '/srv/site/assets/a b.js'],
    ['/', '/srv/site'],
    ['/../etc/passwd', null],
    ['/%2e%2e/etc/passwd', null],
    ['/a/../../b', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, expected) => {
    expect(resolveInside('/srv/site', path)).toBe(expected)
  })
})
