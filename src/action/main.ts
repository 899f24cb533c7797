// GitHub Action entry point (action.yml `runs.main`, bundled to dist/index.js).
import { runAction } from './run-action.js';

await runAction();
