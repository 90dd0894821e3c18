import { onScopeDispose } from 'vue'
import type { DesktopApi, MenuCommand } from '../../../shared/ipc'

export type MenuHandlers = Partial<Record<MenuCommand, () => void>>

/** Routes native menu commands to handlers for as long as the calling scope lives. */
export function useMenuCommands(platform: Pick<DesktopApi, 'onMenuCommand'>, handlers: MenuHandlers): void {
  const unsubscribe = platform.onMenuCommand((command) => handlers[command]?.())
  onScopeDispose(unsubscribe)
}
