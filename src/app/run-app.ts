// Starts the app from the environment, or says which variables are missing and gives exit code 2.
import { readFileSync } from "node:fs";
import { describeEnvProblems, normalisePrivateKey, parseAppEnv } from "./app-env.js";
import { type AppServer, type AppServerOptions, startAppServer } from "./server.js";

export type RunAppResult = { exitCode: 2 } | { server: AppServer };

export async function runApp(
  env: NodeJS.ProcessEnv,
  options: Pick<AppServerOptions, "Octokit"> & { stderr?: (text: string) => void } = {},
): Promise<RunAppResult> {
  const stderr = options.stderr ?? ((text: string) => process.stderr.write(text));
  const parsed = parseAppEnv(env);
  if (!parsed.ok) {
    stderr(`${describeEnvProblems(parsed)}\n`);
    return { exitCode: 2 };
  }
  let privateKey: string;
  try {
    privateKey = normalisePrivateKey(
      parsed.env.PRIVATE_KEY ?? readFileSync(parsed.env.PRIVATE_KEY_PATH!, "utf8"),
    );
  } catch (error) {
    stderr(`promptgate app: cannot read PRIVATE_KEY_PATH: ${(error as Error).message}\n`);
    return { exitCode: 2 };
  }
  try {
    const server = await startAppServer({
      env: parsed.env,
      privateKey,
      ...(options.Octokit ? { Octokit: options.Octokit } : {}),
    });
    return { server };
  } catch (error) {
    // A peer the server needs at start (Redis) is unreachable: say so once, like a missing variable.
    stderr(`promptgate app: cannot start: ${(error as Error).message}\n`);
    return { exitCode: 2 };
  }
}
