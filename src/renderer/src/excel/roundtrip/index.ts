export { cellBookBytes, cellBookFileName } from './writeCellBook'
export { readCellBook } from './readCellBook'
export { skippedBookBytes } from './skippedSheet'
