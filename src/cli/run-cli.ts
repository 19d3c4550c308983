// Dispatches the command line; the one place CLI errors are caught and turned into messages and exit codes.

import { InputError } from "../core/diagnostics.js";
import { createRedactor, listEnvSecrets } from "../core/redact.js";
import {
  mainHelp,
  parseConvertArgs,
  parseEvalArgs,
  parseMonitorArgs,
  parseReviewArgs,
  UsageError,
} from "./args.js";
import { EXIT_ERROR } from "./exit-code.js";
import { version } from "./version.js";

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // Commands load on demand: `--help` and `--version` answer without loading the tokenizer or the SDKs.
    if (command === "review") {
      const args = parseReviewArgs(rest);
      return await (await import("./review-command.js")).runReviewCommand(args);
    }
    if (command === "eval") {
      const args = parseEvalArgs(rest);
      return await (await import("./eval-command.js")).runEvalCommand(args);
    }
    if (command === "monitor") {
      const args = parseMonitorArgs(rest);
      return await (await import("./monitor-command.js")).runMonitorCommand(args);
    }
    if (command === "convert") {
      const args = parseConvertArgs(rest);
      return await (await import("./convert-command.js")).runConvertCommand(args);
    }
    if (command === "--version" || command === "-v") {
      process.stdout.write(`${version}\n`);
      return 0;
    }
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(`${mainHelp}\n`);
      return command === undefined ? EXIT_ERROR : 0;
    }
    throw new UsageError(`unknown command: ${command}`);
  } catch (error) {
    // The error may quote a provider URL with its credentials: nothing of it reaches the terminal unredacted.
    process.stderr.write(`${createRedactor(listEnvSecrets(process.env))(describeError(error, command))}\n`);
    return EXIT_ERROR;
  }
}

function describeError(error: unknown, command: string | undefined): string {
  if (error instanceof UsageError) {
    const hint =
      command === "review" || command === "eval" || command === "convert" || command === "monitor"
        ? `promptgate ${command} --help`
        : "promptgate --help";
    return `promptgate: ${error.message}\nSee '${hint}'.`;
  }
  if (error instanceof InputError) {
    const what =
      command === "eval"
        ? "could not run the eval"
        : command === "convert"
          ? "could not convert"
          : command === "monitor"
            ? "could not monitor"
            : "could not review";
    return `promptgate: ${what}:\n${error.message.replace(/^\((environment|command line)\): /gm, "")}`;
  }
  // An error nobody anticipated: with PROMPTGATE_DEBUG the stack says where it came from.
  if (error instanceof Error) {
    const stack = process.env.PROMPTGATE_DEBUG !== undefined && error.stack ? `\n${error.stack}` : "";
    return `promptgate: ${error.message}${stack}`;
  }
  return `promptgate: ${String(error)}`;
}
