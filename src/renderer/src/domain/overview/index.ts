export * from './overview'
export * from './totals'
export * from './reviews'
export * from './upcoming'
