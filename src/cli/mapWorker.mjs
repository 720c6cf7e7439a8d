// Worker-thread entry of the map stage when no bundle could be built (see workerBundle.ts). Plain
// JavaScript, so Node can start it as is; it loads the TypeScript task through tsx, whether or not
// the parent runs under tsx (npx chronoscope, vitest). Importing the task starts serving requests.
import { tsImport } from 'tsx/esm/api';

await tsImport('./mapWorkerTask.ts', import.meta.url);
