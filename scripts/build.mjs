// Bundles the three shells into dist/ (committed: the bundle is the action, nothing is installed at run time).
// Code splitting keeps what a run does not need (the tokenizer, the OpenAI SDK, the cache client) out of the
// start-up path: a pull request without prompt changes completes its check without loading them.
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { build } from "esbuild";

const entries = {
  index: "src/action/action-main.ts", // the GitHub Action
  cli: "src/cli/main.ts", // the `promptgate` command
  app: "src/app/server-main.ts", // the Probot app server
};

/** `import text from "file?raw"` bundles the file's text (GitHub's Markdown stylesheet for the preview). */
const rawText = {
  name: "raw-text",
  setup(build) {
    build.onResolve({ filter: /\?raw$/ }, async (args) => {
      const resolved = await build.resolve(args.path.slice(0, -"?raw".length), {
        kind: args.kind,
        resolveDir: args.resolveDir,
      });
      // Relative to the checkout: the path is written into the bundle, which must not depend on where it was built.
      return { path: relative(process.cwd(), resolved.path), namespace: "raw-text" };
    });
    build.onLoad({ filter: /.*/, namespace: "raw-text" }, (args) => ({
      contents: readFileSync(resolve(args.path), "utf8"),
      loader: "text",
    }));
  },
};

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: Object.fromEntries(Object.entries(entries).filter(([, entry]) => existsSync(entry))),
  outdir: "dist",
  bundle: true,
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  platform: "node",
  format: "esm",
  target: "node20",
  minify: false,
  legalComments: "none",
  logLevel: "warning",
  charset: "utf8",
  plugins: [rawText],
  // Some bundled CommonJS dependencies call require(); give every module one.
  banner: {
    js: "import { createRequire as __pgCreateRequire } from 'node:module';\nconst require = __pgCreateRequire(import.meta.url);",
  },
});

const cli = "dist/cli.js";
if (existsSync(cli)) {
  writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, "utf8")}`);
  // The `promptgate` bin is executable in git too, so `npm link` / `npm install -g .` leave the checkout clean.
  chmodSync(cli, 0o755);
}
