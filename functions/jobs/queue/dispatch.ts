import type { JobName } from "../../kernel/schedules";
import type { AppDeps } from "../../platform/deps";
import { listAssociations } from "../../registry/associations";
import type { JobMessage, JobQueue } from "./message";

/**
 * What a schedule starts: one message per association for the job, so no run has to fit every
 * association into one invocation and one association's trouble stays its own. The dispatcher
 * reads only the list of associations; everything per association happens in the worker.
 */
export async function dispatchJob(
  deps: AppDeps,
  queue: JobQueue,
  job: JobName,
  at: Date,
): Promise<{ dispatched: number }> {
  const associations = await listAssociations(deps);
  const messages: JobMessage[] = associations.map((a) => ({
    job,
    associationId: a.associationId,
    at: at.toISOString(),
  }));
  await queue.send(messages);
  deps.log.info("job dispatched", { job, dispatched: messages.length });
  return { dispatched: messages.length };
}
