// The cell round trip (docs/design.md §7): books made for a cell and a period, filled in by the
// cell's secretary, read back and checked before anything is written.
export * from './content'
export * from './identity'
export * from './period'
export * from './periodRoll'
export * from './plan'
export * from './problems'
export * from './rowOrder'
export * from './outsideRows'
export * from './values'
export * from './makeBook'
export * from './reasons'
export * from './markLabels'
