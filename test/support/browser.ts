// Headless Chromium for tests that look at pages as a reader would: Debian's `chromium` driven by playwright-core.
// A missing browser is an error that says how to install it, never a skipped test.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

export const CHROMIUM = process.env.PROMPTGATE_CHROMIUM ?? "/usr/bin/chromium";

/** Quiet and offline: no sync, updates, QUIC or background fetches; a throwaway profile. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install it with \`apt-get install -y chromium\` (.ci/run does), ` +
        "or set PROMPTGATE_CHROMIUM to a Chromium binary.",
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "promptgate-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 900 },
    // Pages are set from strings; nothing may load from anywhere.
    offline: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
