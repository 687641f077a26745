export * from './overview'
export * from './totals'
export * from './reviews'
