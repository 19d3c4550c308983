// Builds the demo's git repository: the support-bot prompt on `main`, and a branch that "tidies the wording".
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const exampleDir = join(dirname(fileURLToPath(import.meta.url)), "../../prompts/examples/support-bot");
export const exampleCacheDir = join(exampleDir, "cache");

const config = `# promptgate.yml of the demo repository
traffic:
  prompts/support.prompt.yml: {callsPerDay: 20000}
gate:
  maxCostIncrease: 0.25
`;

export function buildDemoRepo() {
  const dir = mkdtempSync(join(tmpdir(), "promptgate-demo-"));
  // Fixed dates and identity give the same commit SHAs on every run, so the comment (and its screenshots in
  // docs/screenshots/) come out the same each time.
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: "2026-01-05T10:00:00Z",
    GIT_COMMITTER_DATE: "2026-01-05T10:00:00Z",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
  };
  const git = (...args) => execFileSync("git", args, { cwd: dir, stdio: "pipe", env });
  const write = (path, text) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const example = (name) => readFileSync(join(exampleDir, name), "utf8").replace(/^# .*\n/, "");
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Demo");
  git("config", "user.email", "demo@example.com");
  git("config", "commit.gpgsign", "false");
  write("README.md", "# Acme shop\n");
  write("promptgate.yml", config);
  write("prompts/support.prompt.yml", example("base.prompt.yml"));
  git("add", "-A");
  git("commit", "-q", "-m", "Add the support bot prompt");
  git("checkout", "-q", "-b", "tidy-wording");
  write("prompts/support.prompt.yml", example("head.prompt.yml"));
  git("commit", "-q", "-am", "Tidy up the support bot wording");
  return dir;
}
