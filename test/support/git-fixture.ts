// Builds throwaway git repositories in the OS temp folder, for tests that need real git history.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export interface GitFixture {
  /** Absolute path of the repository's working tree. */
  dir: string;
  /** Writes a file in the working tree, creating folders. */
  write(path: string, text: string): void;
  /** Deletes a file from the working tree. */
  remove(path: string): void;
  /** Moves a file in the working tree (git detects the rename when diffing). */
  rename(from: string, to: string): void;
  /** Stages every change in the working tree, commits (empty commits allowed) and returns the new sha. */
  commit(message: string): Promise<string>;
  /** Runs git in the repository and returns its trimmed stdout; throws when git fails. */
  git(...args: string[]): string;
  /** Deletes the repository. */
  cleanup(): void;
}

// Isolated from the machine's git config so hooks, signing or templates there cannot change a test.
const env = { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1", LC_ALL: "C" };

/** A new repository on branch `main` with a local identity. */
export function createGitFixture(): GitFixture {
  const dir = mkdtempSync(join(tmpdir(), "promptgate-git-"));
  const git = (...args: string[]): string =>
    execFileSync("git", args, { cwd: dir, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  git("-c", "init.defaultBranch=main", "init", "--quiet");
  git("config", "user.name", "promptgate test");
  git("config", "user.email", "test@promptgate.invalid");
  git("config", "init.defaultBranch", "main");
  git("config", "commit.gpgsign", "false");

  return {
    dir,
    git,
    write(path, text) {
      const absolute = join(dir, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, text);
    },
    remove(path) {
      rmSync(join(dir, path));
    },
    rename(from, to) {
      mkdirSync(dirname(join(dir, to)), { recursive: true });
      renameSync(join(dir, from), join(dir, to));
    },
    async commit(message) {
      git("add", "--all");
      git("commit", "--quiet", "--allow-empty", "--no-verify", "-m", message);
      return git("rev-parse", "HEAD");
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
