import { decadeDataset } from './decade-dataset';

/** Builds (or finds) the decade dataset without measuring anything: `npx tsx test/bench/build-dataset.ts`. */
decadeDataset((line) => console.log(line))
  .then((dataset) => console.log(JSON.stringify(dataset.sizes)))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
