import type { JobCounts } from "../../kernel/jobs";
import type { AppDeps } from "../../platform/deps";
import { readAssociation } from "../../registry/associations";
import { jobFor } from "../all";
import { type JobMessage, jobMessageKey } from "./message";

/**
 * Runs one message's work. A throw leaves the message on the queue: it comes back after the
 * visibility timeout and, after the queue's last attempt, rests in the dead-letter queue. The job
 * itself is idempotent, so a message delivered twice has its effects once.
 */
export async function workJobMessage(deps: AppDeps, message: JobMessage): Promise<JobCounts> {
  const job = jobFor(message.job);
  if (!job) throw new Error(`unknown job ${message.job}`);
  const a = await readAssociation(deps, message.associationId);
  // An association deleted since the dispatch has nothing left to do.
  if (!a) return { gone: 1 };
  const counts = await job.runFor(deps, a, new Date(message.at));
  deps.log.info("job done for an association", { key: jobMessageKey(message), ...counts });
  return counts;
}
