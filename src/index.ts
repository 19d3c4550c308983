// Entry of the GitHub Action (bundled to dist/index.js): all logic lives in src/action.
import { runAction } from "./action/run-action.js";

await runAction();
