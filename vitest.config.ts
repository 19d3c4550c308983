import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // GitHub's Markdown stylesheet is bundled into the comment preview as text (`?raw`); vitest empties CSS
    // imports unless told to keep them.
    css: { include: [/github-markdown-css/] },
  },
});
