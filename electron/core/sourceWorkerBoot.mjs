// Worker entry when running from sources on Node 20, where `--import` loaders do not reach
// worker threads: register tsx inside the worker, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
