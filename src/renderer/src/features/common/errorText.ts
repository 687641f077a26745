// One Vietnamese sentence for any failure a screen catches: the platform's own message, a domain
// error's `userMessage`, or the error's text.
import { isPlatformError } from '@renderer/platform'

export function errorText(e: unknown): string {
  if (isPlatformError(e)) return e.userMessage
  if (e && typeof e === 'object' && 'userMessage' in e && typeof e.userMessage === 'string')
    return e.userMessage
  return e instanceof Error ? e.message : String(e)
}
