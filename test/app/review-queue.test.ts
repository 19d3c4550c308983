// One review per PR at a time, superseding and joining, and the per-installation limit.
import { describe, expect, it } from "vitest";
import { createReviewQueue } from "../../src/app/review-queue.js";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const job = (pullRequest: string, headSha: string, installationId = 1) => ({
  installationId,
  pullRequest,
  headSha,
});

describe("createReviewQueue", () => {
  it("aborts the review in flight when a newer one arrives, and starts the newer one only after it stopped", async () => {
    const queue = createReviewQueue();
    const events: string[] = [];
    const firstRelease = deferred();
    let firstSignal: AbortSignal | undefined;
    const first = queue.enqueue(job("o/r#1", "a"), async (signal) => {
      firstSignal = signal;
      events.push("first started");
      await firstRelease.promise;
      events.push(`first ended aborted=${signal.aborted}`);
    });
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    const second = queue.enqueue(job("O/R#1", "b"), async (signal) => {
      events.push(`second started aborted=${signal.aborted}`);
    });
    expect(firstSignal?.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 5));
    expect(events).toEqual(["first started"]);
    firstRelease.resolve();
    expect(await first).toBe("ran");
    expect(await second).toBe("ran");
    expect(events).toEqual(["first started", "first ended aborted=true", "second started aborted=false"]);
  });

  it("skips a queued review that was superseded before it started", async () => {
    const queue = createReviewQueue();
    const ran: string[] = [];
    const release = deferred();
    const first = queue.enqueue(job("o/r#1", "a"), async () => {
      ran.push("a");
      await release.promise;
    });
    await new Promise((r) => setTimeout(r, 0));
    const second = queue.enqueue(job("o/r#1", "b"), async () => void ran.push("b"));
    const third = queue.enqueue(job("o/r#1", "c"), async () => void ran.push("c"));
    release.resolve();
    expect(await Promise.all([first, second, third])).toEqual(["ran", "superseded", "ran"]);
    expect(ran).toEqual(["a", "c"]);
  });

  it("joins a review of the same head when asked, instead of running it twice", async () => {
    const queue = createReviewQueue();
    let runs = 0;
    const release = deferred();
    const first = queue.enqueue(job("o/r#2", "a"), async (signal) => {
      runs++;
      await release.promise;
      expect(signal.aborted).toBe(false);
    });
    const joined = queue.enqueue({ ...job("o/r#2", "a"), join: true }, async () => void runs++);
    release.resolve();
    expect(await Promise.all([first, joined])).toEqual(["ran", "joined"]);
    expect(runs).toBe(1);
  });

  it("limits reviews per installation but not across installations or PRs of other installations", async () => {
    const queue = createReviewQueue({ perInstallation: 2 });
    let active = 0;
    let most = 0;
    const task = async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((r) => setTimeout(r, 10));
      active--;
    };
    const jobs = [1, 2, 3, 4, 5].map((n) => queue.enqueue(job(`o/r#${n}`, "x", 7), task));
    await Promise.all(jobs);
    expect(most).toBe(2);

    most = 0;
    const spread = [1, 2, 3].map((n) => queue.enqueue(job(`o/r#${n}`, "y", n), task));
    await Promise.all(spread);
    expect(most).toBe(3);
  });

  it("reports failures to the caller and keeps serving the PR", async () => {
    const queue = createReviewQueue();
    await expect(
      queue.enqueue(job("o/r#3", "a"), async () => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await queue.enqueue(job("o/r#3", "b"), async () => {})).toBe("ran");
    await queue.idle();
  });

  it("abortAll aborts what runs and idle waits for it", async () => {
    const queue = createReviewQueue();
    let seen: boolean | undefined;
    const running = queue.enqueue(job("o/r#4", "a"), async (signal) => {
      await new Promise<void>((resolve) => signal.addEventListener("abort", () => resolve()));
      seen = signal.aborted;
    });
    await new Promise((r) => setTimeout(r, 0));
    queue.abortAll("shutdown");
    await queue.idle();
    expect(seen).toBe(true);
    expect(await running).toBe("ran");
  });
});
