import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { closeServer, listen, readBody, urlFor } from "./http-util";
import { isRecord } from "./json";
import { KmsError } from "./kms-errors";
import { localKeyAlias } from "./kms-key-identity";
import { loadOrCreateKeyring, readKeyring } from "./kms-keyring";
import { kmsOperations } from "./kms-operations";

/** A running local KMS endpoint and the alias of its one key. */
export interface LocalKms {
  endpoint: string;
  keyAlias: string;
  close(): Promise<void>;
}

const defaultRegion = "eu-central-1";

/**
 * Starts a KMS-compatible JSON 1.1 endpoint (`X-Amz-Target: TrentService.<Op>`) over the key
 * file, creating the file when absent. The file is read on every call so a rotation (from this
 * process or another) takes effect at once.
 */
export async function startLocalKms(keyFile: string, host: string): Promise<LocalKms> {
  await loadOrCreateKeyring(keyFile);
  const server = createServer((req, res) => {
    handle(keyFile, req, res).catch((error: unknown) => {
      if (error instanceof KmsError) return send(res, 400, { __type: error.code, message: error.message });
      const message = error instanceof Error ? error.message : String(error);
      send(res, 500, { __type: "KMSInternalException", message });
    });
  });
  const port = await listen(server, 0, host);
  return { endpoint: urlFor(host, port), keyAlias: localKeyAlias, close: () => closeServer(server) };
}

async function handle(keyFile: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req, 1024 * 1024);
  const [service, name = ""] = String(req.headers["x-amz-target"] ?? "").split(".");
  const operation = kmsOperations[name];
  if (req.method !== "POST" || service !== "TrentService" || !operation) {
    throw new KmsError("UnknownOperationException", `local KMS does not implement ${name || "this request"}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(body.toString("utf8") || "{}");
  } catch {
    throw new KmsError("SerializationException", "request body is not JSON");
  }
  const ring = await readKeyring(keyFile);
  const call = { ring, region: regionOf(req), input: isRecord(input) ? input : {} };
  send(res, 200, operation(call));
}

/** The region the SDK signed for, so returned ARNs look like the caller's own. */
function regionOf(req: IncomingMessage): string {
  const match = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers.authorization ?? "");
  return match?.[1] ?? defaultRegion;
}

function send(res: ServerResponse, status: number, body: object): void {
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { "content-type": "application/x-amz-json-1.1", "content-length": String(text.length) });
  res.end(text);
}
