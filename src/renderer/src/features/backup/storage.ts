// navigator.storage: ask the browser engine to keep the data (never evict it) and report usage.
export interface StorageInfo {
  supported: boolean
  usage: number
  quota: number
  persisted: boolean
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null
}

export async function requestPersistentStorage(): Promise<boolean> {
  const m = manager()
  if (!m?.persist) return false
  try {
    return (await m.persisted?.()) || (await m.persist())
  } catch {
    return false
  }
}

export async function storageInfo(): Promise<StorageInfo> {
  const m = manager()
  if (!m?.estimate) return { supported: false, usage: 0, quota: 0, persisted: false }
  try {
    const [estimate, persisted] = await Promise.all([m.estimate(), m.persisted?.() ?? Promise.resolve(false)])
    return { supported: true, usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted }
  } catch {
    return { supported: false, usage: 0, quota: 0, persisted: false }
  }
}
