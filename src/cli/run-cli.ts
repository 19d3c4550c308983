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

/**
 * The subcommands: flags are checked first (a usage error before anything loads), then the command's module is
 * loaded on demand, so `--help` and `--version` answer without loading the tokenizer or the SDKs.
 */
const commands: Readonly<Record<string, (argv: string[]) => Promise<number>>> = {
  review: onDemand(parseReviewArgs, async () => (await import("./review-command.js")).runReviewCommand),
  eval: onDemand(parseEvalArgs, async () => (await import("./eval-command.js")).runEvalCommand),
  monitor: onDemand(parseMonitorArgs, async () => (await import("./monitor-command.js")).runMonitorCommand),
  convert: onDemand(parseConvertArgs, async () => (await import("./convert-command.js")).runConvertCommand),
};

function onDemand<A>(parse: (argv: string[]) => A, load: () => Promise<(args: A) => Promise<number>>) {
  return async (argv: string[]): Promise<number> => {
    const args = parse(argv);
    return (await load())(args);
  };
}

export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const run = command !== undefined && Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (run) return await run(rest);
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
      command !== undefined && Object.hasOwn(commands, command)
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
