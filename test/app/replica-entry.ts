// One App replica in its own process for the multi-replica test: the real server, with the tests' Octokit.
import { runApp } from "../../src/app/run-app.js";
import { TestOctokit } from "./app-harness.js";

const result = await runApp(process.env, { Octokit: TestOctokit });
if ("exitCode" in result) process.exit(result.exitCode);
process.stdout.write(`${JSON.stringify({ webhookUrl: result.server.webhookUrl })}\n`);
process.once("SIGTERM", () => void result.server.close().then(() => process.exit(0)));
