import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRun } from "../../functions/billing/run-store";
import { allJobs } from "../../functions/jobs/all";
import { dispatchJob } from "../../functions/jobs/queue/dispatch";
import { workJobMessage } from "../../functions/jobs/queue/work";
import { everyAssociation } from "../../functions/jobs/registry";
import { InProcessJobQueue } from "../../functions/local/job-queue";
import { fixedClock } from "../../functions/platform/clock";
import { storeBrokenAssociation } from "../support/broken-association";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * One tenant never stops another: an association whose stored time zone is nonsense (as a probe
 * managed to save) fails alone, in every nightly job, in-process and through the queue; the
 * others are done and the report names the failed one.
 */
const ro = "ro-lalelelor-m7";
const pl = "pl-rozana-12";
const broken = "aa-broken-zone";
// 5 December: the Romanian demo's billing day (the Polish one bills on the 1st).
const clock = fixedClock("2027-01-05T08:00:00Z");
let domus: TestDomus;

beforeAll(async () => {
  domus = await startTestDomus({ clock });
  await storeBrokenAssociation(domus.deps, ro, broken);
}, 120_000);

afterAll(async () => {
  await domus?.stop();
});

describe("nightly jobs, one association at a time", () => {
  it("every job fails only the broken association and reports it by name", async () => {
    for (const job of allJobs) {
      const report = await everyAssociation(job)(domus.deps, clock.now());
      expect(report.failedAssociations, job.name).toEqual([broken]);
      expect(report.associations, job.name).toBe(3);
    }
    // The broken association sorts first: the Romanian draft after it was still written.
    expect((await readRun(domus.deps, ro, "2027-01", true))?.status).toBe("draft");
  });

  it("through the queue: one message per association, the broken one parked after its retries, duplicates harmless", async () => {
    const done: string[] = [];
    const queue = new InProcessJobQueue(
      async (m) => {
        await workJobMessage(domus.deps, m);
        done.push(`${m.job}/${m.associationId}`);
      },
      { maxReceives: 3, backoffMs: () => 5 },
    );
    const at = new Date("2027-02-05T08:00:00Z");
    const first = await dispatchJob(domus.deps, queue, "billing.daily", at);
    // The scheduler retries too: the same dispatch twice means every message arrives twice.
    await dispatchJob(domus.deps, queue, "billing.daily", at);
    await queue.idle();
    expect(first.dispatched).toBe(3);
    expect(done.sort()).toEqual([
      `billing.daily/${pl}`,
      `billing.daily/${pl}`,
      `billing.daily/${ro}`,
      `billing.daily/${ro}`,
    ]);
    expect(queue.deadLetters().map((d) => [d.message.associationId, d.receives])).toEqual([
      [broken, 3],
      [broken, 3],
    ]);
    const run = await readRun(domus.deps, ro, "2027-02", true);
    expect(run?.status).toBe("draft");
  });
});
