// `npm run bench`: runs each benchmark section in order, prints its table, and fails when a target is missed.
import { availableParallelism, loadavg } from "node:os";
import { runActionBench } from "./action-bench.js";
import { runAppRedisBench } from "./app-redis-bench.js";
import { runBatchBench } from "./batch-bench.js";
import { runEngineBench } from "./engine-bench.js";
import { runGateBench } from "./gate-bench.js";
import { type BenchSection, isSectionPassing } from "./report.js";

/** Sections run one after another so they do not compete for the CPU. Add new ones at the end. */
const sections: Array<{ name: string; run: () => Promise<BenchSection[]> }> = [
  { name: "engine", run: async () => (await runEngineBench()).sections },
  { name: "action", run: async () => (await runActionBench()).sections },
  { name: "app-redis", run: async () => (await runAppRedisBench()).sections },
  { name: "gate", run: async () => runGateBench().sections },
  { name: "batch", run: async () => (await runBatchBench()).sections },
];

async function main(): Promise<void> {
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
  console.log(`promptgate benchmark — node ${process.version}, ${process.platform}/${process.arch}`);
  // Throughput figures assume an otherwise idle machine; the load average says whether it was.
  console.log(`cores: ${availableParallelism()}, load average (1/5/15 min): ${load}`);
  const failed: string[] = [];
  for (const section of sections) {
    try {
      const results = await section.run();
      for (const result of results) if (!isSectionPassing(result)) failed.push(result.title);
    } catch (error) {
      console.error(
        `\n## ${section.name}: crashed\n${error instanceof Error ? (error.stack ?? error.message) : error}`,
      );
      failed.push(section.name);
    }
  }
  console.log(failed.length === 0 ? "\nAll targets met." : `\nTargets missed in: ${failed.join(", ")}`);
  if (failed.length > 0) process.exitCode = 1;
}

await main();
