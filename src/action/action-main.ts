// Entry of the GitHub Action (bundled to dist/index.js): all logic lives in the modules beside it.
import { runAction } from "./run-action.js";

await runAction();
