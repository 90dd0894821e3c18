import { describe, expect, it } from 'vitest'
import { resolveAppLocation } from '../../../electron/main/app-location'

const indexPath = '/work/gutplan/out/renderer/index.html'

describe('resolveAppLocation', () => {
  it('loads the built renderer file when there is no dev server', () => {
    expect(resolveAppLocation(undefined, indexPath, false)).toEqual({
      entryUrl: 'file:///work/gutplan/out/renderer/index.html',
      isDevServer: false,
    })
  })

  it('uses a loopback dev server in development', () => {
    expect(resolveAppLocation('http://localhost:5173/', indexPath, false)).toEqual({
      entryUrl: 'http://localhost:5173/',
      isDevServer: true,
    })
  })

  it('never lets the environment point a packaged app at a server', () => {
    expect(resolveAppLocation('http://localhost:5173/', indexPath, true).isDevServer).toBe(false)
  })

  it.each(['https://evil.example/', 'http://192.168.1.5:5173/', 'file:///tmp/x.html', 'javascript:alert(1)', 'nonsense', ''])(
    'ignores a non-loopback or non-http dev server URL: %s',
    (url) => {
      expect(resolveAppLocation(url, indexPath, false).entryUrl).toBe('file:///work/gutplan/out/renderer/index.html')
    },
  )
})
