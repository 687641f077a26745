// The browser implementation (web build, e2e): saving is a download, opening is a file input,
// and there is no backup folder (features offer a download instead).
import { DEFAULT_MAX_OPEN_BYTES, type FileFilter } from '@shared/ipc'
import { plainBytes } from './bytes'
import { PlatformError } from './errors'
import { APP_NAME, type PickedFile, type Platform, type PlatformAppInfo, type SavedFile } from './platform'

const MIME_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
  json: 'application/json',
  csv: 'text/csv',
  txt: 'text/plain',
  pdf: 'application/pdf'
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/** A bare file name the browser accepts; adds the first filter's extension if there is none. */
export function downloadName(suggested: string, filters?: FileFilter[]): string {
  let name = suggested
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  if (name === '') name = 'tep'
  const firstExtension = filters?.[0]?.extensions.find((ext) => ext !== '*')
  if (firstExtension && extensionOf(name) === '') name = `${name}.${firstExtension}`
  return name
}

/** The `accept` attribute for the given filters ('' = anything). */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((ext) => `.${ext.toLowerCase()}`))].join(',')
}

function allowedExtensions(filters: FileFilter[]): Set<string> | null {
  const extensions = filters.flatMap((filter) => filter.extensions.map((ext) => ext.toLowerCase()))
  return extensions.length === 0 || extensions.includes('*') ? null : new Set(extensions)
}

function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0'
}

export interface WebPlatformOptions {
  document?: Document
  /** How long the object URL of a download stays valid. */
  revokeAfterMs?: number
}

export function createWebPlatform(options: WebPlatformOptions = {}): Platform {
  const doc = (): Document => options.document ?? document
  const revokeAfterMs = options.revokeAfterMs ?? 60_000

  /** A hidden file input; every chosen file is checked (type, size) before any is read. */
  function pick(
    filters: FileFilter[],
    maxBytes: number = DEFAULT_MAX_OPEN_BYTES,
    multiple: boolean
  ): Promise<PickedFile[] | null> {
    return new Promise<PickedFile[] | null>((resolve, reject) => {
      const input = doc().createElement('input')
      input.type = 'file'
      input.multiple = multiple
      input.accept = acceptAttribute(filters)
      input.style.display = 'none'
      let settled = false
      const settle = (action: () => void): void => {
        if (settled) return
        settled = true
        input.remove()
        action()
      }

      input.addEventListener('cancel', () => settle(() => resolve(null)))
      input.addEventListener('change', () => {
        const files = [...(input.files ?? [])].slice(0, multiple ? undefined : 1)
        if (files.length === 0) return settle(() => resolve(null))
        const allowed = allowedExtensions(filters)
        if (allowed && files.some((file) => !allowed.has(extensionOf(file.name)))) {
          return settle(() => reject(new PlatformError('invalid-argument', 'File type not allowed')))
        }
        // Checked before reading: a huge file is never loaded into memory.
        if (files.some((file) => file.size > maxBytes)) {
          return settle(() => reject(new PlatformError('too-large', 'File too large', { maxBytes })))
        }
        Promise.all(
          files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }))
        ).then(
          (picked) => settle(() => resolve(picked)),
          (cause: unknown) =>
            settle(() => reject(new PlatformError('io', 'Could not read the file', { cause })))
        )
      })

      doc().body.appendChild(input)
      input.click()
    })
  }

  return {
    isDesktop: false,

    async saveFile(
      bytes: Uint8Array,
      suggestedName: string,
      filters?: FileFilter[]
    ): Promise<SavedFile | null> {
      const fileName = downloadName(suggestedName, filters)
      const type = MIME_TYPES[extensionOf(fileName)] ?? 'application/octet-stream'
      const url = URL.createObjectURL(new Blob([plainBytes(bytes)], { type }))
      const link = doc().createElement('a')
      link.href = url
      link.download = fileName
      link.rel = 'noopener'
      link.style.display = 'none'
      doc().body.appendChild(link)
      try {
        link.click()
      } finally {
        link.remove()
        // The download starts asynchronously: keep the URL alive for a while.
        setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs)
      }
      // A browser does not report whether the clerk cancelled its own save prompt.
      return { fileName }
    },

    async openFile(filters: FileFilter[], maxBytes?: number): Promise<PickedFile | null> {
      return (await pick(filters, maxBytes, false))?.[0] ?? null
    },

    openFiles(filters: FileFilter[], maxBytes?: number): Promise<PickedFile[] | null> {
      return pick(filters, maxBytes, true)
    },

    backups: null,

    async appInfo(): Promise<PlatformAppInfo> {
      return { name: APP_NAME, version: appVersion(), isDesktop: false, backupFolder: null }
    }
  }
}
