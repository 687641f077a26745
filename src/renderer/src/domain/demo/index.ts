export { generateDataset } from './generateDataset'
export type { DemoIdStyle } from './demoIds'
export { DATASET_SIZES, datasetCounts, type Dataset, type DatasetSize, type DatasetShape } from './dataset'
export { createRng, mulberry32, type Rng } from './prng'
