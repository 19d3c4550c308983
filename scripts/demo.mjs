// `npm run demo`: review a real regression in a throwaway git repository, offline, from a recorded cache.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { buildDemoRepo, exampleCacheDir } from "./demo/build-demo-repo.mjs";

const repo = buildDemoRepo();
const markdown = join(repo, "promptgate-comment.md");
const json = join(repo, "promptgate-report.json");
const preview = join(repo, "promptgate-comment.html");
const cli = new URL("../dist/cli.js", import.meta.url).pathname;

const env = { ...process.env };
delete env.OPENAI_BASE_URL; // the recorded answers are keyed to the default endpoint
const args = ["review", "--repo", repo, "--base", "main", "--head", "tidy-wording", "--offline"];
args.push("--cache-dir", exampleCacheDir);
// The command as it can be pasted into a shell, from any folder: every path absolute, the endpoint unset.
const rerun = ["OPENAI_BASE_URL=", "node", cli, ...args].map(shellQuote).join(" ");

console.log(`Demo repository: ${repo}`);
console.log("  main:          prompts/support.prompt.yml (the support bot)");
console.log('  tidy-wording:  the same prompt after a "tidy up the wording" edit\n');
const outputs = ["--markdown", markdown, "--json", json, "--preview", preview];
// Exactly what runs: pasted into a shell it does the same.
console.log(`$ ${rerun} ${outputs.map(shellQuote).join(" ")}\n`);

const result = spawnSync(process.execPath, [cli, ...args, ...outputs], {
  stdio: "inherit",
  env,
});

console.log(`
The model answers above came from a response cache committed with the example
(prompts/examples/support-bot/cache/): example responses written for this demo, not a live model.
PR comment Markdown: ${markdown}
As GitHub shows it:  ${preview} (open it in a browser)
JSON report:         ${json}
promptgate exited with ${result.status}${result.status === 1 ? " (the gate failed: this edit is a regression)" : ""}.

Run it again (paste as is, from any folder):
  ${rerun}

To review your own prompts against a real model, put \`promptgate\` on your PATH once (npm link, in this
clone), then in your repository:
  export OPENAI_API_KEY=sk-...            # or any OpenAI-compatible endpoint:
  export OPENAI_BASE_URL=https://...     # Azure OpenAI, OpenRouter, vLLM, Ollama, LiteLLM
  promptgate review --base main`);
process.exitCode = result.status === 1 || result.status === 0 ? 0 : 1;

/** POSIX shell quoting: plain words as they are, anything else in single quotes. */
function shellQuote(word) {
  return /^[\w@%+=:,./-]*$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
