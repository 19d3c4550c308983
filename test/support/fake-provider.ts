// Points the CLI's provider at a loopback fake OpenAI server for one test file, and puts the environment back.
import { afterAll, beforeAll } from "vitest";
import { type FakeOpenAIServer, startFakeOpenAIServer } from "./fake-openai-server.js";

/** Registers the file's beforeAll/afterAll; call `server()` inside tests for the running fake. */
export function useFakeProvider(): { server: () => FakeOpenAIServer } {
  let server: FakeOpenAIServer | undefined;
  const saved = { OPENAI_BASE_URL: process.env.OPENAI_BASE_URL, OPENAI_API_KEY: process.env.OPENAI_API_KEY };
  beforeAll(async () => {
    server = await startFakeOpenAIServer();
    process.env.OPENAI_BASE_URL = server.url;
    process.env.OPENAI_API_KEY = "sk-test";
  });
  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await server?.close();
  });
  return {
    server: () => {
      if (!server) throw new Error("the fake provider starts in beforeAll");
      return server;
    },
  };
}
