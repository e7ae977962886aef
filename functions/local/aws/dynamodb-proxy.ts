import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { relay, sendDynamoJson } from "./dynamo-response";
import { DynamoFailure } from "./dynamo-wire";
import { readBody } from "./http-util";
import { isRecord } from "./json";
import type { TransactDeps } from "./transact-deps";
import { transactGetItems } from "./transact-get";
import { transactWriteItems } from "./transact-write";
import { describeTimeToLive, updateTimeToLive } from "./ttl-api";
import type { TtlConfig } from "./ttl-config";

/** What the proxy needs: the transaction layer's dependencies plus the TTL record. */
export interface DynamoProxyDeps extends TransactDeps {
  ttl: TtlConfig;
}

type Handler = (deps: DynamoProxyDeps, input: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** Operations dynalite lacks (or gets wrong), answered here. */
const handlers: Record<string, Handler> = {
  TransactWriteItems: transactWriteItems,
  TransactGetItems: transactGetItems,
  UpdateTimeToLive: (deps, input) => updateTimeToLive(deps.ttl, deps.keys, input),
  DescribeTimeToLive: (deps, input) => describeTimeToLive(deps.ttl, deps.keys, input),
};

// Every single-item and batch write queues behind the same lock as transactions.
const writes = new Set(["PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem"]);
const schemaChanges = new Set(["CreateTable", "UpdateTable", "DeleteTable"]);

/**
 * The HTTP front of local DynamoDB: answers transactions and TTL itself, serialises writes, and
 * relays everything else to dynalite untouched.
 */
export function createDynamoProxy(deps: DynamoProxyDeps): Server {
  return createServer((req, res) => {
    handle(deps, req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy();
      sendDynamoJson(res, 500, {
        __type: "com.amazonaws.dynamodb.v20120810#InternalServerError",
        message: error instanceof Error ? error.message : String(error),
      });
    });
  });
}

async function handle(deps: DynamoProxyDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const operation = String(req.headers["x-amz-target"] ?? "").split(".")[1] ?? "";
  const handler = handlers[operation];
  if (handler && req.method === "POST") return answer(deps, handler, body, res);
  const forward = () => deps.dynalite.forward(req.method ?? "POST", req.url ?? "/", req.headers, body);
  const reply = writes.has(operation) ? await deps.writeLock.run(forward) : await forward();
  if (schemaChanges.has(operation)) await noteSchemaChange(deps, operation, body, reply.status);
  relay(res, reply);
}

async function answer(deps: DynamoProxyDeps, handler: Handler, body: Buffer, res: ServerResponse): Promise<void> {
  let input: unknown;
  try {
    input = JSON.parse(body.toString("utf8") || "{}");
  } catch {
    return sendDynamoJson(res, 400, { __type: "com.amazon.coral.service#SerializationException" });
  }
  try {
    sendDynamoJson(res, 200, await handler(deps, isRecord(input) ? input : {}));
  } catch (error) {
    if (!(error instanceof DynamoFailure)) throw error;
    sendDynamoJson(res, error.status, error.body);
  }
}

/** Keeps the key-schema cache and the TTL record in step with tables coming and going. */
async function noteSchemaChange(deps: DynamoProxyDeps, operation: string, body: Buffer, status: number): Promise<void> {
  const table = tableNameOf(body);
  if (table === undefined) return;
  deps.keys.forget(table);
  if (operation === "DeleteTable" && status === 200 && deps.ttl.attributeOf(table) !== undefined) {
    await deps.ttl.set(table, undefined);
  }
}

function tableNameOf(body: Buffer): string | undefined {
  try {
    const parsed: unknown = JSON.parse(body.toString("utf8"));
    return isRecord(parsed) && typeof parsed.TableName === "string" ? parsed.TableName : undefined;
  } catch {
    return undefined;
  }
}
