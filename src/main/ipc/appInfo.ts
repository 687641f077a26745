// What the renderer may know about the shell: name, version, platform, where backups go.
import { app } from 'electron'
import type { AppInfo } from '../../shared/ipc'
import { backupFolder } from './backups'
import { APP_DISPLAY_NAME } from '../menu'

export function getAppInfo(): AppInfo {
  return {
    name: APP_DISPLAY_NAME,
    version: app.getVersion(),
    platform: process.platform,
    backupFolder: backupFolder(),
    isDesktop: true
  }
}
