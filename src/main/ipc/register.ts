// Registers one ipcMain handler per channel of the contract. Every handler:
//   1. checks the sender: the top frame of a window showing the app (app://scb/… or the dev server);
//   2. validates the arguments with zod (exact arity, exact shapes);
//   3. returns an IpcResult and never throws across the bridge.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { IPC, type IpcChannel, type IpcResult } from '../../shared/ipc'
import { isAppUrl } from '../origin'
import { getAppInfo } from './appInfo'
import {
  backupBytesSchema,
  backupNameSchema,
  deleteBackup,
  listBackups,
  readBackup,
  writeBackup
} from './backups'
import { openFile, openFileRequestSchema, openFiles, saveFile, saveFileRequestSchema } from './files'
import { fail, ok, toIpcError } from './result'

export interface RegisterOptions {
  /** process.env.ELECTRON_RENDERER_URL in development; undefined in production. */
  devServerUrl?: string
}

/** True only for the main frame of a page served by the app itself. */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl?: string): boolean {
  try {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null) return false
    return isAppUrl(frame.url, devServerUrl)
  } catch {
    // The frame was disposed or navigated away while the message was in flight.
    return false
  }
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`)
    .join('; ')
}

function parentWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  try {
    return BrowserWindow.fromWebContents(event.sender)
  } catch {
    return null
  }
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>

/** Wraps a task function with the sender check, argument validation and error mapping. */
export function createHandler<Args extends unknown[], T>(
  argsSchema: z.ZodType<Args>,
  run: (args: Args, event: IpcMainInvokeEvent) => Promise<T> | T,
  options: RegisterOptions
): Handler {
  return async (event, ...rawArgs) => {
    if (!isTrustedSender(event, options.devServerUrl)) return fail('forbidden', 'Untrusted sender')
    const parsed = argsSchema.safeParse(rawArgs)
    if (!parsed.success) return fail('invalid-argument', describeIssues(parsed.error))
    try {
      return ok(await run(parsed.data, event))
    } catch (error) {
      return { ok: false, error: toIpcError(error) }
    }
  }
}

/** Registers every handler; returns a function that removes them again. */
export function registerIpcHandlers(options: RegisterOptions = {}): () => void {
  const handlers: Record<IpcChannel, Handler> = {
    [IPC.saveFile]: createHandler(
      z.tuple([saveFileRequestSchema]),
      ([request], event) => saveFile(request, parentWindow(event)),
      options
    ),
    [IPC.openFile]: createHandler(
      z.tuple([openFileRequestSchema]),
      ([request], event) => openFile(request, parentWindow(event)),
      options
    ),
    [IPC.openFiles]: createHandler(
      z.tuple([openFileRequestSchema]),
      ([request], event) => openFiles(request, parentWindow(event)),
      options
    ),
    [IPC.backupWrite]: createHandler(
      z.tuple([backupNameSchema, backupBytesSchema]),
      ([name, bytes]) => writeBackup(name, bytes),
      options
    ),
    [IPC.backupList]: createHandler(z.tuple([]), () => listBackups(), options),
    [IPC.backupRead]: createHandler(z.tuple([backupNameSchema]), ([name]) => readBackup(name), options),
    [IPC.backupDelete]: createHandler(z.tuple([backupNameSchema]), ([name]) => deleteBackup(name), options),
    [IPC.appInfo]: createHandler(z.tuple([]), () => getAppInfo(), options)
  }
  for (const [channel, handler] of Object.entries(handlers)) ipcMain.handle(channel, handler)
  return () => {
    for (const channel of Object.keys(handlers)) ipcMain.removeHandler(channel)
  }
}
