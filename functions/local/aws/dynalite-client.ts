import { Agent, type IncomingHttpHeaders, request } from "node:http";
import type { DynamoErrorBody, DynamoResult } from "./dynamo-wire";

/** A buffered HTTP answer from dynalite, relayed to the SDK by the proxy. */
export interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// dynalite checks that a SigV4 header is present and well-formed but never verifies it.
const internalHeaders = {
  "content-type": "application/x-amz-json-1.0",
  authorization:
    "AWS4-HMAC-SHA256 Credential=local/20000101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0",
  "x-amz-date": "20000101T000000Z",
};

const hopByHop = new Set(["host", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** Talks to the dynalite server behind the proxy: relays SDK requests and makes the layer's own calls. */
export class DynaliteClient {
  private readonly agent = new Agent({ keepAlive: true });

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** Relays an SDK request unchanged (minus hop-by-hop headers) and buffers the answer. */
  forward(method: string, path: string, headers: IncomingHttpHeaders, body: Buffer): Promise<RawReply> {
    const outgoing: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value !== undefined && !hopByHop.has(name)) outgoing[name] = value;
    }
    outgoing["content-length"] = String(body.length);
    return this.send(method, path, outgoing, body);
  }

  /** Calls one DynamoDB operation on dynalite with a JSON payload. */
  async call<T>(operation: string, payload: object): Promise<DynamoResult<T>> {
    const body = Buffer.from(JSON.stringify(payload));
    const reply = await this.send(
      "POST",
      "/",
      {
        ...internalHeaders,
        "x-amz-target": `DynamoDB_20120810.${operation}`,
        "content-length": String(body.length),
      },
      body,
    );
    const parsed: unknown = reply.body.length ? JSON.parse(reply.body.toString("utf8")) : {};
    if (reply.status === 200) return { ok: true, value: parsed as T };
    return { ok: false, status: reply.status, error: parsed as DynamoErrorBody };
  }

  /** Drops the pooled sockets so dynalite can close promptly. */
  close(): void {
    this.agent.destroy();
  }

  private send(
    method: string,
    path: string,
    headers: Record<string, string | string[]>,
    body: Buffer,
  ): Promise<RawReply> {
    return new Promise((resolve, reject) => {
      const req = request({ host: this.host, port: this.port, method, path, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", reject);
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on("error", reject);
      req.end(body);
    });
  }
}
