// Numbers as the clerk reads them on screen and in messages: a Vietnamese decimal comma, at most one
// decimal, and "%" after a space, as the rules' own texts write it ("≤ 20 % số HTTNV").

/** 93.333 → "93,3"; 100 → "100". */
export function formatDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toLocaleString('vi-VN')
}

/** 93.333 → "93,3 %"; null (nothing to divide by) → "—". */
export function formatPercent(p: number | null): string {
  return p === null ? '—' : `${formatDecimal(p)} %`
}
