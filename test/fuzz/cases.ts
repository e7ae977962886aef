import { arbitraryFor, sampleOne } from "./arbitraries";
import { edgeStrings, malformedBodies, oversizedBody, pathTricks, wrongContentTypes, wrongTypesFor } from "./edge";
import type { IdPool } from "./ids";
import { fieldsOf, isStringField, pathText, remove, withField } from "./mutate";
import { type Operation, type Parameter, sendsBody } from "./openapi";

/**
 * The requests the fuzzer sends for one operation and one role: a valid sample with real ids,
 * then that sample broken one way at a time. Built lazily: a 70,000-character body exists only
 * while it is being sent.
 */
export interface FuzzRequest {
  method: string;
  /** Path and query values as they go on the wire (percent-encoded). */
  pathValues: Record<string, string>;
  query: Record<string, string>;
  contentType?: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface FuzzCase {
  op: Operation;
  label: string;
  build(): FuzzRequest;
}

export interface RoleContext {
  name: string;
  /** The associations the role belongs to (path samples stay inside them). */
  associations: string[];
  pool: IdPool;
}

interface Base {
  pathValues: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** FNV-1a: a stable 31-bit seed for each role × operation × sample. */
export function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("|")) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 1;
}

/** Encodes like encodeURIComponent, but keeps a lone surrogate as its (invalid) UTF-8 bytes. */
export function encodeText(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return [...text].map((ch) => (/[\uD800-\uDFFF]/.test(ch) ? "%ED%A0%80" : encodeURIComponent(ch))).join("");
  }
}

/** A valid sample: real ids where the role has them, schema samples elsewhere. */
export function validBase(op: Operation, ctx: RoleContext, seed: number, complete: boolean): Base {
  const write = op.method !== "GET";
  const associations = ctx.associations.length > 0 ? ctx.associations : ["nowhere"];
  const associationId = associations[seed % associations.length] as string;
  const ids = (name: string) => {
    const found = ctx.pool.get(associationId, name).filter((v) => !(write && ctx.pool.isProtected(v)));
    return found.length > 0 ? found : undefined;
  };
  const pathValues: Record<string, string> = {};
  const query: Record<string, string> = {};
  op.params.forEach((p, i) => {
    const value = p.name === "associationId" ? associationId : sampleOne(arbitraryFor(p.schema, ids, p.name), seed + i);
    if (p.in === "path") pathValues[p.name] = encodeText(String(value));
    else if (value !== null && (p.required || (seed >> i) % 2 === 0)) query[p.name] = encodeText(String(value));
  });
  const body = op.body ? sampleOne(arbitraryFor(op.body, ids, "", complete), seed) : undefined;
  return { pathValues, query, body };
}

function request(op: Operation, base: Base, over: Partial<FuzzRequest> = {}): FuzzRequest {
  const json = op.body !== undefined || sendsBody(op);
  return {
    method: op.method,
    pathValues: base.pathValues,
    query: base.query,
    contentType: json ? "application/json" : undefined,
    body: json ? JSON.stringify(base.body ?? {}) : undefined,
    ...over,
  };
}

/** Every case for an operation and a role, the valid sample first. */
export function casesFor(op: Operation, ctx: RoleContext, seed: number): FuzzCase[] {
  const base = () => validBase(op, ctx, seed, true);
  const cases: FuzzCase[] = [
    { op, label: "valid", build: () => request(op, base()) },
    { op, label: "valid (optional fields at random)", build: () => request(op, validBase(op, ctx, seed + 1, false)) },
  ];
  cases.push(...bodyFieldCases(op, ctx, seed));
  if (op.body || sendsBody(op)) cases.push(...wholeBodyCases(op, base));
  cases.push(...paramCases(op, base));
  cases.push({
    op,
    label: "header: hostile accept-language",
    build: () => request(op, base(), { headers: { "accept-language": `${"x".repeat(2000)};q=abc,*;q=-1` } }),
  });
  return cases;
}

function bodyFieldCases(op: Operation, ctx: RoleContext, seed: number): FuzzCase[] {
  if (!op.body) return [];
  const sample = validBase(op, ctx, seed, true);
  const fields = fieldsOf(sample.body, op.body);
  const withBody = (body: unknown) => () => request(op, { ...validBase(op, ctx, seed, true), body });
  const out: FuzzCase[] = [];
  for (const field of fields) {
    const at = pathText(field.path);
    out.push({ op, label: `remove body.${at}`, build: withBody(withField(sample.body, field.path, remove)) });
    for (const wrong of wrongTypesFor(field.schema.type)) {
      out.push({
        op,
        label: `wrong type body.${at}=${JSON.stringify(wrong)}`,
        build: withBody(withField(sample.body, field.path, wrong)),
      });
    }
    if (!isStringField(field.schema)) continue;
    for (const [name, text] of Object.entries(edgeStrings)) {
      out.push({
        op,
        label: `edge body.${at}:${name}`,
        build: () => withBody(withField(sample.body, field.path, text))(),
      });
    }
  }
  out.push({
    op,
    label: "unknown body field",
    build: withBody({ ...(sample.body as object), unexpectedField: "x" }),
  });
  return out;
}

function wholeBodyCases(op: Operation, base: () => Base): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (const [name, body] of Object.entries(malformedBodies)) {
    out.push({ op, label: `malformed body:${name}`, build: () => request(op, base(), { body }) });
  }
  out.push({ op, label: "oversized body", build: () => request(op, base(), { body: oversizedBody }) });
  for (const [name, contentType] of Object.entries(wrongContentTypes)) {
    out.push({ op, label: `content type:${name}`, build: () => request(op, base(), { contentType }) });
  }
  return out;
}

function paramCases(op: Operation, base: () => Base): FuzzCase[] {
  const out: FuzzCase[] = [];
  for (const p of op.params) {
    if (p.in === "path") {
      for (const [name, raw] of Object.entries(pathTricks)) {
        out.push({ op, label: `path ${p.name}:${name}`, build: () => withParam(op, base(), p, raw) });
      }
      continue;
    }
    if (p.required)
      out.push({ op, label: `query ${p.name}:missing`, build: () => withParam(op, base(), p, undefined) });
    for (const wrong of wrongTypesFor(p.schema.type).filter((v) => typeof v !== "object")) {
      out.push({
        op,
        label: `query ${p.name}=${String(wrong)}`,
        build: () => withParam(op, base(), p, encodeText(String(wrong))),
      });
    }
    for (const [name, text] of Object.entries(edgeStrings)) {
      out.push({ op, label: `query ${p.name}:${name}`, build: () => withParam(op, base(), p, encodeText(text)) });
    }
  }
  return out;
}

/** The base request with one parameter replaced by a raw (wire) value, or dropped. */
function withParam(op: Operation, base: Base, p: Parameter, raw: string | undefined): FuzzRequest {
  const target = p.in === "path" ? { ...base.pathValues } : { ...base.query };
  if (raw === undefined) delete target[p.name];
  else target[p.name] = raw;
  return request(op, p.in === "path" ? { ...base, pathValues: target } : { ...base, query: target });
}

/** The query as it goes on the wire (values are already percent-encoded). */
export function queryString(query: Record<string, string>): string {
  const parts = Object.entries(query).map(([k, v]) => `${k}=${v}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}
