// Reading a page's state from its link (?year=2025&view=badges): figures on Tổng quan open the
// list behind them. Values are checked, never trusted; a bad one is ignored.
import type { LocationQuery } from 'vue-router'

export function queryValue(query: LocationQuery, key: string): string | undefined {
  const raw = query[key]
  const v = Array.isArray(raw) ? raw[0] : raw
  return typeof v === 'string' && v.length > 0 && v.length <= 200 ? v : undefined
}

export function queryYear(query: LocationQuery, key = 'year'): number | undefined {
  const v = queryValue(query, key)
  if (!v || !/^\d{4}$/.test(v)) return undefined
  const year = Number(v)
  return year >= 1930 && year <= 2100 ? year : undefined
}

export function queryChoice<T extends string>(
  query: LocationQuery,
  key: string,
  choices: readonly T[]
): T | undefined {
  const v = queryValue(query, key)
  return choices.find((c) => c === v)
}
