// `npm run demo`: review a real regression in a throwaway git repository, offline, from a recorded cache.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildDemoRepo, exampleCacheDir } from "./demo/build-demo-repo.mjs";

const repo = buildDemoRepo();
const markdown = join(repo, "promptgate-comment.md");
const json = join(repo, "promptgate-report.json");
const cli = new URL("../dist/cli.js", import.meta.url).pathname;

console.log(`Demo repository: ${repo}`);
console.log("  main:          prompts/support.prompt.yml (the support bot)");
console.log('  tidy-wording:  the same prompt after a "tidy up the wording" edit\n');
console.log("$ promptgate review --base main --head tidy-wording --offline\n");

const env = { ...process.env };
delete env.OPENAI_BASE_URL; // the recorded answers are keyed to the default endpoint
const args = ["review", "--repo", repo, "--base", "main", "--head", "tidy-wording", "--offline"];
args.push("--cache-dir", exampleCacheDir, "--markdown", markdown, "--json", json);
const result = spawnSync(process.execPath, [cli, ...args], { stdio: "inherit", env });

console.log(`
The model answers above came from a response cache committed with the example
(prompts/examples/support-bot/cache/): example responses written for this demo, not a live model.
PR comment Markdown: ${markdown}
JSON report:         ${json}
promptgate exited with ${result.status}${result.status === 1 ? " (the gate failed: this edit is a regression)" : ""}.

To review your own prompts against a real model:
  export OPENAI_API_KEY=sk-...            # or any OpenAI-compatible endpoint:
  export OPENAI_BASE_URL=https://...     # Azure OpenAI, OpenRouter, vLLM, Ollama, LiteLLM
  npx promptgate review --base main`);
process.exitCode = result.status === 1 || result.status === 0 ? 0 : 1;
