import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { JsonSchema, Operation } from "./openapi";

/**
 * The four checks of every answer: no 5xx; nothing internal in a body; nothing the document calls
 * invalid accepted with a 2xx; every 2xx body valid against its documented schema.
 */
export type CheckName = "no5xx" | "noInternalDetails" | "noInvalidAccepted" | "documentedBody";
export const checkNames: CheckName[] = ["no5xx", "noInternalDetails", "noInvalidAccepted", "documentedBody"];

/** What leaks from a server's insides: stacks, runtime messages, source paths, AWS error names. */
const internalDetails: [string, RegExp][] = [
  ["stack trace", /\bat [\w$.<>]+ \(|\bat (?:file:\/\/|\/)[^\s)]+:\d+:\d+/],
  [
    "runtime message",
    /Cannot read propert|is not a function|is not defined|undefined is not|Unexpected token .* in JSON/,
  ],
  ["source path", /(?:\/work\/|\/home\/|\/var\/task\/|\/tmp\/domus-|node_modules|[\w-]+\.(?:ts|mjs):\d+)/],
  [
    "AWS error name",
    /\b(?:ConditionalCheckFailed|TransactionCanceled|ProvisionedThroughputExceeded|ResourceNotFound|ItemCollectionSizeLimitExceeded|Validation|AccessDenied|Throttling|Serialization|InvalidCiphertext|KMSInvalidState|IncompleteSignature|UnrecognizedClient)Exception\b|\bNoSuch(?:Key|Bucket)\b|\$metadata|\bDynamoDB\b|\bdynalite\b/,
  ],
  ["library error", /\bZodError\b|\bSyntaxError\b|\bTypeError\b|\bRangeError\b|\bReferenceError\b/],
];

export function internalDetailIn(text: string): string | undefined {
  return internalDetails.find(([, pattern]) => pattern.test(text))?.[0];
}

const bodies = new Ajv({ strict: false, allErrors: false, validateFormats: true });
addFormats(bodies);
// Query and path values arrive as text: `limit=10` satisfies `type: integer` as the server coerces it.
const texts = new Ajv({ strict: false, coerceTypes: true, validateFormats: true });
addFormats(texts);
const compiled = new Map<JsonSchema, ValidateFunction>();

function validator(ajv: Ajv, schema: JsonSchema): ValidateFunction {
  const known = compiled.get(schema);
  if (known) return known;
  const fn = ajv.compile(schema);
  compiled.set(schema, fn);
  return fn;
}

const compiledTexts = new Map<JsonSchema, ValidateFunction>();

/** Coercion needs a parent object to write the coerced value into. */
function textValidator(schema: JsonSchema): ValidateFunction {
  const known = compiledTexts.get(schema);
  if (known) return known;
  const fn = texts.compile({ type: "object", properties: { v: schema } });
  compiledTexts.set(schema, fn);
  return fn;
}

/** Why a request's parameters and body break the document, or undefined when they do not. */
export function requestFault(
  op: Operation,
  request: { pathValues: Record<string, string>; query: Record<string, string>; contentType?: string; body?: string },
): string | undefined {
  for (const p of op.params) {
    const raw = p.in === "path" ? request.pathValues[p.name] : request.query[p.name];
    if (raw === undefined) {
      if (p.required) return `${p.in} ${p.name} missing`;
      continue;
    }
    const value = decoded(raw);
    if (value === undefined) return `${p.name} not decodable`;
    const check = textValidator(p.schema);
    if (!check({ v: value })) return `${p.in} ${p.name} ${check.errors?.[0]?.message ?? "invalid"}`;
  }
  if (!op.body) return undefined;
  const type = request.contentType?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return `content type ${request.contentType ?? "missing"}`;
  if (request.contentType?.toLowerCase().includes("charset") && !/charset=utf-8/i.test(request.contentType)) {
    return `charset in ${request.contentType}`;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(request.body ?? "");
  } catch {
    return "malformed JSON";
  }
  const check = validator(bodies, op.body);
  return check(parsed) ? undefined : `body${check.errors?.[0]?.instancePath ?? ""} ${check.errors?.[0]?.message}`;
}

function decoded(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** Why a 2xx answer breaks its documented shape, or undefined when it keeps it. */
export function answerFault(op: Operation, status: number, contentType: string, text: string): string | undefined {
  const documented = op.responses[String(status)];
  if (!documented) return `status ${status} not documented`;
  const type = contentType.split(";")[0]?.trim() ?? "";
  if (!(type in documented)) return `content type ${type || "(none)"} not documented for ${status}`;
  const schema = documented[type];
  if (type !== "application/json" || !schema) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return "body is not JSON";
  }
  const check = validator(bodies, schema);
  return check(parsed) ? undefined : `body${check.errors?.[0]?.instancePath ?? ""} ${check.errors?.[0]?.message}`;
}
