// The privileged app:// scheme that serves the built renderer (out/renderer) in production.
// A fixed scheme + host keeps the IndexedDB origin (app://scb) stable across versions and install
// folders. Only files inside the renderer folder can be served; every response carries the CSP.
import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import type { Protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './origin'
import { CONTENT_SECURITY_POLICY } from './security'

/** Must run before app 'ready'. standard + secure: relative URLs, localStorage and IndexedDB work. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8'
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL points anywhere else
 * (another host, a path escaping the folder, encoded separators or NUL bytes).
 */
export function resolveRendererPath(rootDir: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const root = resolve(rootDir)
  const target = resolve(root, `.${pathname}`)
  const rel = relative(root, target)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null
  return target
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY
    }
  })
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/**
 * Builds the request handler for app://. Unknown paths without an extension fall back to index.html
 * (client-side routes); other unknown paths are 404; anything outside the folder is 403.
 */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir)
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed')
    let target = resolveRendererPath(root, request.url)
    if (target === null) return textResponse(403, 'Forbidden')
    if (!(await isFile(target))) {
      if (extname(target) !== '') return textResponse(404, 'Not Found')
      target = resolve(root, 'index.html')
      if (!(await isFile(target))) return textResponse(404, 'Not Found')
    }
    const body = await readFile(target)
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(target),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache'
      }
    })
  }
}

/** Serves `rootDir` (out/renderer) on app://scb/. Call after app 'ready'. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir))
}
