// The Action's start-up path stays small: the model catalogue and the preview renderer load only when a review
// runs, so a pull request without prompt changes completes its check without parsing them.
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** Files src/action/action-main.ts reaches through static imports alone (dynamic `import()` edges not followed). */
async function staticGraph(entry: string): Promise<Set<string>> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    metafile: true,
    splitting: true,
    outdir: "unused",
    logLevel: "silent",
    plugins: [
      {
        name: "raw-text-stub",
        setup(b) {
          b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: args.path, namespace: "raw" }));
          b.onLoad({ filter: /.*/, namespace: "raw" }, () => ({ contents: "", loader: "text" }));
        },
      },
    ],
  });
  const inputs = result.metafile.inputs;
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const imp of inputs[file]?.imports ?? []) if (imp.kind === "import-statement") visit(imp.path);
  };
  visit(entry);
  return reached;
}

describe("the Action's start-up path", () => {
  it("does not load the model catalogue, the preview renderer or the OpenTelemetry SDK", async () => {
    const reached = [...(await staticGraph("src/action/action-main.ts"))];
    expect(reached.length).toBeGreaterThan(20);
    expect(
      reached.filter((f) => /genai-prices|micromark|github-markdown-css|@opentelemetry/.test(f)),
    ).toEqual([]);
  });

  it("loads neither BullMQ nor ioredis, and neither does the App unless REDIS_URL is set", async () => {
    for (const entry of ["src/action/action-main.ts", "src/app/server-main.ts"]) {
      const reached = [...(await staticGraph(entry))];
      expect(reached.length, entry).toBeGreaterThan(20);
      expect(
        reached.filter((f) => /node_modules\/(bullmq|ioredis)\//.test(f)),
        entry,
      ).toEqual([]);
    }
  });
});
