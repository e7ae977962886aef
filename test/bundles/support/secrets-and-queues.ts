import { createHash, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { testNow } from "../../support/test-clock";

/** A message a function sent to a queue, as SQS would deliver it in an event record. */
export interface QueuedMessage {
  queueUrl: string;
  messageId: string;
  body: string;
}

/**
 * The two AWS services a bundle calls that `npm start` has no stand-in for, because locally the
 * settings come from the environment and jobs run in-process: Secrets Manager (GetSecretValue, for
 * the secrets the stack names by ARN) and SQS (SendMessage/SendMessageBatch, recorded so the test
 * can deliver them back as an SQS event). Both speak the AWS JSON protocol the SDK v3 uses.
 */
export interface SecretsAndQueues {
  endpoint: string;
  /** Messages sent since the last call, oldest first; the queue is then empty. */
  drain(): QueuedMessage[];
  close(): Promise<void>;
}

const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex");

type Operation = (input: Record<string, unknown>) => unknown;

export async function startSecretsAndQueues(secrets: Record<string, string>): Promise<SecretsAndQueues> {
  let queued: QueuedMessage[] = [];
  const enqueue = (queueUrl: string, body: string) => {
    const message = { queueUrl, messageId: randomUUID(), body };
    queued.push(message);
    return { MessageId: message.messageId, MD5OfMessageBody: md5(body) };
  };
  const operations: Record<string, Operation> = {
    "secretsmanager.GetSecretValue": ({ SecretId }) => {
      const secret = secrets[String(SecretId)];
      if (secret === undefined)
        throw Object.assign(new Error(`no secret ${SecretId}`), { type: "ResourceNotFoundException" });
      return { ARN: SecretId, Name: SecretId, SecretString: secret, VersionId: "v1" };
    },
    "AmazonSQS.SendMessage": ({ QueueUrl, MessageBody }) => enqueue(String(QueueUrl), String(MessageBody)),
    "AmazonSQS.SendMessageBatch": ({ QueueUrl, Entries }) => ({
      Successful: (Entries as { Id: string; MessageBody: string }[]).map((e) => ({
        Id: e.Id,
        ...enqueue(String(QueueUrl), e.MessageBody),
      })),
      Failed: [],
    }),
  };
  const server = createServer((req, res) => void answer(req, res, operations));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    drain: () => {
      const out = queued;
      queued = [];
      return out;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

async function answer(req: IncomingMessage, res: ServerResponse, operations: Record<string, Operation>) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const target = String(req.headers["x-amz-target"] ?? "");
  const reply = (status: number, body: unknown) => {
    // The test clock's time, as the other stand-ins send it (the SDK corrects its clock to this header).
    res.sendDate = false;
    res.writeHead(status, { "content-type": "application/x-amz-json-1.1", date: new Date(testNow()).toUTCString() });
    res.end(JSON.stringify(body));
  };
  const operation = operations[target];
  if (!operation) return reply(400, { __type: "UnknownOperationException", message: target });
  try {
    reply(200, operation(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}")));
  } catch (error) {
    reply(400, {
      __type: (error as { type?: string }).type ?? "ValidationException",
      message: (error as Error).message,
    });
  }
}
