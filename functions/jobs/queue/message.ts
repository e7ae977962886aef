import { z } from "zod";
import type { JobName } from "../../kernel/schedules";
import { jobNames } from "../../kernel/schedules";

/**
 * One unit of nightly work: one job for one association on one day. `at` is the instant the
 * schedule fired; every association reads its own date from it in its own time zone.
 */
export interface JobMessage {
  job: JobName;
  associationId: string;
  at: string;
}

const messageSchema = z.object({
  job: z.enum(jobNames),
  associationId: z.string().min(1).max(128),
  at: z.iso.datetime(),
});

/** Reads a queue message body; a body that is not a job message throws (and ends in the dead-letter queue). */
export function parseJobMessage(body: string): JobMessage {
  return messageSchema.parse(JSON.parse(body));
}

/** The key of a (job, association, day): what the queue's duplicates share and logs name. */
export function jobMessageKey(m: JobMessage): string {
  return `${m.job}/${m.associationId}/${m.at.slice(0, 10)}`;
}

/** Where dispatchers put work: SQS in AWS, the in-process queue on one machine. */
export interface JobQueue {
  send(messages: readonly JobMessage[]): Promise<void>;
}
