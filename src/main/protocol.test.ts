import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  createAppRequestHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveRendererPath,
  serveRenderer
} from './protocol'
import { CONTENT_SECURITY_POLICY } from './security'

let root: string
let outside: string

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'scb-protocol-'))
  root = join(base, 'renderer')
  outside = base
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Sổ Chi bộ</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(outside, 'secret.txt'), 'secret')
})

afterAll(async () => {
  await rm(outside, { recursive: true, force: true })
})

describe('registerAppScheme', () => {
  it('registers app:// as standard and secure (IndexedDB works)', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() }
    registerAppScheme(protocol)
    const [schemes] = protocol.registerSchemesAsPrivileged.mock.calls[0]!
    expect(schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }
    ])
  })
})

describe('resolveRendererPath', () => {
  it('maps app://scb paths inside the folder', () => {
    expect(resolveRendererPath(root, 'app://scb/')).toBe(join(root, 'index.html'))
    expect(resolveRendererPath(root, 'app://scb/assets/app.js?v=1#x')).toBe(join(root, 'assets', 'app.js'))
  })

  it.each([
    'app://scb/../secret.txt',
    'app://scb/%2e%2e/secret.txt',
    'app://scb/assets/..%2F..%2Fsecret.txt',
    'app://scb/..%5Csecret.txt',
    'app://scb/%00index.html',
    'app://scb/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'nonsense'
  ])('keeps %s inside the folder or refuses it', (url) => {
    const resolved = resolveRendererPath(root, url)
    if (resolved !== null) expect(resolved.startsWith(root)).toBe(true)
    expect(resolved).not.toBe(join(outside, 'secret.txt'))
  })

  it('refuses encoded traversal outright', () => {
    expect(resolveRendererPath(root, 'app://scb/assets/..%2F..%2Fsecret.txt')).toBeNull()
    expect(resolveRendererPath(root, 'app://scb/..%5Csecret.txt')).toBeNull()
    expect(resolveRendererPath(root, 'app://other/index.html')).toBeNull()
  })
})

describe('createAppRequestHandler', () => {
  const handler = () => createAppRequestHandler(root)

  it('serves files with their type and the CSP header', async () => {
    const response = await handler()(new Request('app://scb/assets/app.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await response.text()).toBe('console.log(1)')
  })

  it('falls back to index.html for client-side routes', async () => {
    const response = await handler()(new Request('app://scb/members/12'))
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Sổ Chi bộ')
  })

  it('answers 404 for missing assets', async () => {
    expect((await handler()(new Request('app://scb/assets/missing.js'))).status).toBe(404)
  })

  it('answers 403 for traversal and never returns the secret', async () => {
    const response = await handler()(new Request('app://scb/assets/..%2F..%2Fsecret.txt'))
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('secret')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await handler()(new Request('app://scb/index.html', { method: 'POST', body: 'x' }))).status).toBe(
      405
    )
  })

  it('serveRenderer installs the handler for app://', () => {
    const protocol = { handle: vi.fn() }
    serveRenderer(protocol, root)
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('knows common MIME types', () => {
    expect(mimeTypeFor('a.HTML')).toBe('text/html; charset=utf-8')
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2')
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream')
  })
})
