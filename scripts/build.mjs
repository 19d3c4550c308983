// Bundles the three shells into dist/ (committed: the bundle is the action, no install at run time).
import { existsSync, rmSync } from "node:fs";
import { build } from "esbuild";

const entries = {
  index: "src/index.ts", // the GitHub Action
  cli: "src/cli/main.ts", // the `promptgate` command
  app: "src/app/main.ts", // the Probot app server
};

rmSync("dist", { recursive: true, force: true });
for (const [name, entry] of Object.entries(entries)) {
  if (!existsSync(entry)) continue;
  await build({
    entryPoints: { [name]: entry },
    outdir: "dist",
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    minify: false,
    legalComments: "none",
    logLevel: "warning",
    charset: "utf8",
    // Some bundled CommonJS dependencies call require(); give them one.
    banner: {
      js: [
        name === "cli" ? "#!/usr/bin/env node" : "",
        "import { createRequire as __pgCreateRequire } from 'node:module';",
        "const require = __pgCreateRequire(import.meta.url);",
      ]
        .filter(Boolean)
        .join("\n"),
    },
  });
}
