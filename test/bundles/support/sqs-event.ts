import { createHash } from "node:crypto";
import type { QueuedMessage } from "./secrets-and-queues";

/** The event an SQS event source mapping hands a function: one record per message, first delivery. */
export function sqsEvent(messages: readonly QueuedMessage[]) {
  return {
    Records: messages.map((m) => {
      const [, account = "123456789012", queue = "queue"] = new URL(m.queueUrl).pathname.split("/");
      return {
        messageId: m.messageId,
        receiptHandle: `handle-${m.messageId}`,
        body: m.body,
        attributes: {
          ApproximateReceiveCount: "1",
          SentTimestamp: String(Date.now()),
          SenderId: "AROAEXAMPLE",
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: createHash("md5").update(m.body, "utf8").digest("hex"),
        eventSource: "aws:sqs",
        eventSourceARN: `arn:aws:sqs:eu-central-1:${account}:${queue}`,
        awsRegion: "eu-central-1",
      };
    }),
  };
}
