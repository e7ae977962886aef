import { Cron } from "croner";
import { dispatchJob } from "../jobs/queue/dispatch";
import { workJobMessage } from "../jobs/queue/work";
import { type ScheduleDefinition, schedules, toCronerPattern } from "../kernel/schedules";
import type { AppDeps } from "../platform/deps";
import { InProcessJobQueue, type LocalQueueOptions } from "./job-queue";

/**
 * The local EventBridge and SQS: the same schedule definitions CDK renders, run by croner in
 * their time zone, dispatching the same per-association messages to an in-process queue that the
 * same worker code drains (at-least-once, retries, a dead-letter list).
 */
export function startScheduler(
  deps: AppDeps,
  defs: readonly ScheduleDefinition[] = schedules,
  queueOptions: Partial<LocalQueueOptions> = {},
) {
  const queue = new InProcessJobQueue((m) => workJobMessage(deps, m), queueOptions);
  const crons = defs.map(
    (def) =>
      new Cron(toCronerPattern(def.cron), { timezone: def.timezone, protect: true, name: def.id }, async () => {
        try {
          await dispatchJob(deps, queue, def.job, deps.clock.now());
        } catch (error) {
          deps.log.error("job dispatch failed", { job: def.job, errorName: (error as Error).name });
        }
      }),
  );
  return {
    jobs: crons.map((c) => ({ name: c.name, next: c.nextRun()?.toISOString() })),
    queue,
    stop: () => {
      for (const c of crons) c.stop();
      queue.stop();
    },
  };
}
