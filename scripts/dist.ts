/**
 * `npm run dist`: packages the built app (out/) with electron-builder, using `builderConfig`
 * from electron.config.ts. Run after `npm run build` (the npm script does both).
 *
 *   tsx scripts/dist.ts                      installers for this platform (AppImage and deb on Linux)
 *   tsx scripts/dist.ts --dir                an unpacked app folder only (quick; what the packaging test uses)
 *   tsx scripts/dist.ts --electron-dist DIR  use an Electron already on disk instead of downloading one
 *   tsx scripts/dist.ts --output DIR         write to DIR instead of release/
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build, Platform } from 'electron-builder'
import { builderConfig } from '../electron.config'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const { values } = parseArgs({
  options: {
    dir: { type: 'boolean', default: false },
    'electron-dist': { type: 'string' },
    output: { type: 'string' },
  },
})

async function main(): Promise<void> {
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: run \`npm run build\` first.`)
  }
  const platform = Platform.current()
  const outputs = await build({
    projectDir: root,
    targets: values.dir ? platform.createTarget('dir') : platform.createTarget(),
    publish: 'never',
    config: {
      ...builderConfig,
      ...(values['electron-dist'] ? { electronDist: resolve(values['electron-dist']) } : {}),
      directories: { ...builderConfig.directories, ...(values.output ? { output: resolve(values.output) } : {}) },
    },
  })
  for (const output of outputs) console.log(`built ${output}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
