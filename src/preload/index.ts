// Sandboxed preload (emitted as CommonJS .cjs). Exposes exactly one object, window.platformApi,
// whose functions each invoke one IPC channel. Nothing else from Electron or Node reaches the page.
import { contextBridge, ipcRenderer } from 'electron'
import { IPC, type PlatformApi } from '../shared/ipc'

const api = {
  saveFile: (request) => ipcRenderer.invoke(IPC.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IPC.openFile, request),
  openFiles: (request) => ipcRenderer.invoke(IPC.openFiles, request),
  backupWrite: (name, bytes) => ipcRenderer.invoke(IPC.backupWrite, name, bytes),
  backupList: () => ipcRenderer.invoke(IPC.backupList),
  backupRead: (name) => ipcRenderer.invoke(IPC.backupRead, name),
  backupDelete: (name) => ipcRenderer.invoke(IPC.backupDelete, name),
  appInfo: () => ipcRenderer.invoke(IPC.appInfo)
} satisfies PlatformApi

contextBridge.exposeInMainWorld('platformApi', api)
