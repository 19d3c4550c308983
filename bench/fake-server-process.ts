// Runs the fake OpenAI server in a child process, so the benchmark's CPU and memory figures are promptgate's alone.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  type FakeOpenAIOptions,
  type FakeOpenAIServer,
  startFakeOpenAIServer,
} from "../test/support/fake-openai-server.js";

/** Options that survive a trip through IPC (no functions). */
export type RemoteServerOptions = Omit<FakeOpenAIOptions, "respond" | "cachedTokens">;

export type ServerCounters = Pick<
  FakeOpenAIServer,
  "calls" | "received" | "rejected429" | "failed500" | "maxInFlight"
>;

export interface RemoteFakeServer {
  url: string;
  counters(): Promise<ServerCounters>;
  close(): Promise<void>;
}

type ParentMessage =
  | { type: "start"; options: RemoteServerOptions }
  | { type: "counters" }
  | { type: "close" };
type ChildMessage = { type: "started"; url: string } | { type: "counters"; counters: ServerCounters };

export async function startRemoteFakeServer(options: RemoteServerOptions): Promise<RemoteFakeServer> {
  const child = fork(fileURLToPath(import.meta.url), ["--child"], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const next = () =>
    new Promise<ChildMessage>((resolve, reject) => {
      child.once("message", (message) => resolve(message as ChildMessage));
      child.once("exit", (code) => reject(new Error(`fake server process exited with ${code}`)));
    });
  const send = (message: ParentMessage) => child.send(message);
  send({ type: "start", options });
  const started = await next();
  if (started.type !== "started") throw new Error("fake server process did not start");
  return {
    url: started.url,
    async counters() {
      send({ type: "counters" });
      const answer = await next();
      if (answer.type !== "counters") throw new Error("fake server process answered out of turn");
      return answer.counters;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        send({ type: "close" });
      }),
  };
}

async function serveChild(): Promise<void> {
  let server: FakeOpenAIServer | undefined;
  process.on("message", async (message: ParentMessage) => {
    if (message.type === "start") {
      server = await startFakeOpenAIServer({ ...message.options, recordRequests: false });
      process.send?.({ type: "started", url: server.url } satisfies ChildMessage);
    } else if (message.type === "counters" && server) {
      const { calls, received, rejected429, failed500, maxInFlight } = server;
      const counters = { calls, received, rejected429, failed500, maxInFlight };
      process.send?.({ type: "counters", counters } satisfies ChildMessage);
    } else if (message.type === "close") {
      await server?.close();
      process.exit(0);
    }
  });
}

if (process.argv.includes("--child")) await serveChild();
