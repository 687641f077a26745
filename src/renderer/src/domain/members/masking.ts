// Personal numbers shown only as far as the purpose needs (Luật Bảo vệ dữ liệu cá nhân
// 91/2025/QH15): a list sent out shows a CCCD as "0380••••0123" and a phone number as "••••678"
// unless the clerk chooses the full number.

/** "038075000123" → "0380••••0123": enough to tell two people apart, not enough to use the number. */
export function maskIdNumber(value: string | null | undefined): string {
  const id = (value ?? '').trim()
  if (!id) return ''
  if (id.length <= 6) return '•'.repeat(id.length)
  const keep = id.length >= 10 ? 4 : 2
  return `${id.slice(0, keep)}${'•'.repeat(4)}${id.slice(-keep)}`
}

/**
 * "0912 345 678" → "••••678": the last 3 digits let the clerk recognise a number she knows, not
 * call it. A value with fewer than 7 digits (an extension, a note) keeps none.
 */
export function maskPhone(value: string | null | undefined): string {
  const phone = (value ?? '').trim()
  if (!phone) return ''
  const digits = phone.replace(/\D/g, '')
  return digits.length < 7 ? '••••' : `••••${digits.slice(-3)}`
}
