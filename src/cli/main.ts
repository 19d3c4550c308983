// The `promptgate` command: dispatch to a subcommand, catch once, map errors to exit code 2.
import { runCli } from "./run-cli.js";

process.exitCode = await runCli(process.argv.slice(2));
