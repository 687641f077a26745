/**
 * An exact, plain Uint8Array over its own ArrayBuffer. A Node-style Buffer (exceljs in the browser)
 * or a view on a larger buffer is copied, so only these bytes cross IPC or go into a Blob.
 */
export function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (
    Object.getPrototypeOf(bytes) === Uint8Array.prototype &&
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength
  ) {
    return bytes as Uint8Array<ArrayBuffer>
  }
  return new Uint8Array(bytes)
}
