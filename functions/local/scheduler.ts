import { Cron } from "croner";
import { jobFor } from "../jobs/registry";
import "../jobs/all";
import { type ScheduleDefinition, schedules, toCronerPattern } from "../jobs/schedules";
import type { AppDeps } from "../platform/deps";

/**
 * The local EventBridge: the same schedule definitions CDK renders, run by croner in their time
 * zone, calling the same job functions the jobs Lambda calls.
 */
export function startScheduler(deps: AppDeps, defs: readonly ScheduleDefinition[] = schedules) {
  const crons = defs.flatMap((def) => {
    const job = jobFor(def.job);
    if (!job) return [];
    return [
      new Cron(toCronerPattern(def.cron), { timezone: def.timezone, protect: true, name: def.id }, async () => {
        try {
          const report = await job(deps, deps.clock.now());
          deps.log.info("job finished", { job: def.job, ...report });
        } catch (error) {
          deps.log.error("job failed", { job: def.job, errorName: (error as Error).name });
        }
      }),
    ];
  });
  return {
    jobs: crons.map((c) => ({ name: c.name, next: c.nextRun()?.toISOString() })),
    stop: () => {
      for (const c of crons) c.stop();
    },
  };
}
