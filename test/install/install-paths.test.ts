// The ways the README installs the CLI, run as a user runs them: the packed tarball, a clone and a git URL, each
// into a temporary npm prefix with no network (the bundle needs no runtime dependencies).
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitFixture, type GitFixture } from "../support/git-fixture.js";

const root = resolve(import.meta.dirname, "../..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  version: string;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
};
const scratch = mkdtempSync(join(tmpdir(), "promptgate-install-"));
const offline = ["--offline", "--no-audit", "--no-fund", "--loglevel=error"];
let tarball: string;

// A user's shell, not the npm that started the tests: its npm_config_* (local prefix, command) would steer the
// nested installs.
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
const npm = (args: string[], cwd = scratch) =>
  execFileSync("npm", args, { cwd, encoding: "utf8", stdio: "pipe", env: userEnv });

/** `npm install -g --prefix DIR SPEC` and the path of the `promptgate` it put on that prefix's PATH. */
function installInto(name: string, spec: string): string {
  const prefix = join(scratch, name);
  npm(["install", "--global", "--prefix", prefix, spec, ...offline]);
  return join(prefix, "bin", "promptgate");
}

function runBin(bin: string, args: string[], cwd = scratch) {
  return spawnSync(bin, args, { cwd, encoding: "utf8", env: { ...userEnv, NO_COLOR: "1" } });
}

/**
 * A git repository holding this working tree as one commit (dist/ included, node_modules not), so the git URL is
 * tested with the files as they are now, not with whatever was last committed.
 */
function commitWorkingTree(): GitFixture {
  const repo = createGitFixture();
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  });
  for (const file of new Set(listed.split("\0"))) {
    if (file !== "" && existsSync(join(root, file))) cpSync(join(root, file), join(repo.dir, file));
  }
  return repo;
}

beforeAll(() => {
  const packDir = join(scratch, "pack");
  mkdirSync(packDir);
  npm(["pack", root, "--pack-destination", packDir, "--ignore-scripts", "--loglevel=error"]);
  tarball = join(packDir, readdirSync(packDir).find((f) => f.endsWith(".tgz"))!);
}, 60_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("installing the CLI", () => {
  it("needs nothing from the registry: every runtime dependency is bundled into dist/", () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it("from the packed tarball: --version and a dry-run review of a git repository", async () => {
    const bin = installInto("from-tarball", tarball);
    const version = runBin(bin, ["--version"]);
    expect(version.stderr).toBe("");
    expect(version.stdout.trim()).toBe(pkg.version);

    const repo = createGitFixture();
    try {
      repo.write("a.prompt.yml", "messages:\n  - role: user\n    content: Hello there\n");
      await repo.commit("base");
      repo.write("a.prompt.yml", "messages:\n  - role: user\n    content: Hello there, friend\n");
      await repo.commit("head");
      const review = runBin(bin, ["review", "--dry-run", "--base", "HEAD~1"], repo.dir);
      expect(review.status).toBe(0);
      expect(review.stdout).toContain("a.prompt.yml");
      expect(review.stdout).toContain("dry run");
    } finally {
      repo.cleanup();
    }
  }, 60_000);

  it("from a clone (`npm install -g .`, what `npm link` does)", () => {
    const bin = installInto("from-clone", root);
    expect(runBin(bin, ["--version"]).stdout.trim()).toBe(pkg.version);
  }, 60_000);

  it("has no script that makes npm prepare a git dependency (install its devDependencies from the registry)", () => {
    // pacote's git fetcher runs `npm install` with every devDependency when any of these exists.
    const preparing = ["build", "prepare", "prepack", "preinstall", "install", "postinstall"];
    expect(Object.keys(pkg.scripts).filter((name) => preparing.includes(name))).toEqual([]);
    expect(pkg.scripts.bundle).toBe("node scripts/build.mjs");
  });

  it("from a git URL (`npm install -g git+file://…#HEAD`), offline, with the committed dist/", async () => {
    const clone = commitWorkingTree();
    try {
      await clone.commit("the working tree");
      const bin = installInto("from-git", `git+file://${clone.dir}#HEAD`);
      const version = runBin(bin, ["--version"]);
      expect(version.stderr).toBe("");
      expect(version.stdout.trim()).toBe(pkg.version);
    } finally {
      clone.cleanup();
    }
  }, 120_000);
});
