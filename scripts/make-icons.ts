/**
 * Renders build/icon.svg to the PNGs electron-builder packs: build/icon.png (1024 px, for
 * Windows and macOS) and build/icons/<n>x<n>.png (the Linux icon theme sizes).
 * Uses the system Chromium through Playwright (@playwright/test, which wraps playwright-core); run it after changing the SVG and commit the PNGs.
 *
 *   npx tsx scripts/make-icons.ts [--chromium /path/to/chromium]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const buildDir = join(root, 'build')

/** The Linux sizes, and the one large PNG for the other platforms. */
export const linuxIconSizes = [16, 32, 48, 64, 128, 256, 512] as const
const largeIconSize = 1024

function chromiumPath(): string {
  const flag = process.argv.indexOf('--chromium')
  const path = flag >= 0 ? process.argv[flag + 1] : '/usr/bin/chromium'
  if (!path || !existsSync(path)) {
    throw new Error(`Chromium was not found at ${path ?? '(none)'}: install it (apt-get install chromium) or pass --chromium <path>.`)
  }
  return path
}

async function main(): Promise<void> {
  const svg = readFileSync(join(buildDir, 'icon.svg'), 'utf8')
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 })
    const render = async (size: number, file: string) => {
      await page.setViewportSize({ width: size, height: size })
      // The SVG is inlined and scaled to the viewport; a transparent page keeps the corners clear.
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `) +
          `</body></html>`,
      )
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, png)
      console.log(`wrote ${file.slice(root.length + 1)}`)
    }
    await render(largeIconSize, join(buildDir, 'icon.png'))
    for (const size of linuxIconSizes) await render(size, join(buildDir, 'icons', `${size}x${size}.png`))
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
