import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contractList } from "../../functions/contracts";
import { wrapperStatuses } from "../../functions/platform/http/openapi";
import { silentLogger } from "../../functions/platform/log";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { signInWithTotp } from "./support/identity";

/**
 * The OpenAPI document promises, per operation, every status it can answer and every content
 * type of its success. This drives every operation of the running app as an anonymous caller,
 * an owner and an administrator of both associations, with valid and broken requests (no body,
 * another media type, malformed JSON, an oversized body, no CSRF token, each export format), and
 * checks each answer against the document.
 */
interface Operation {
  responses: Record<string, { content?: Record<string, unknown> }>;
}
type Doc = { paths: Record<string, Record<string, Operation>> };

let domus: TestDomus;
let doc: Doc;
const owner = new ApiClient("", "en");
const admin = new ApiClient("", "en");

/** Real ids of the demo data where the path names them; any other id is one that does not exist. */
const pathValues: Record<string, string> = {
  associationId: "ro-lalelelor-m7",
  unitId: "u012",
  period: "2026-11",
  bank: "bcr",
};
const queryValues: Record<string, string> = { period: "2026-11", asOf: "2026-12-07", from: "2026-01", to: "2026-11" };

interface Seen {
  operation: string;
  probe: string;
  status: number;
  type: string;
}
const seen: Seen[] = [];

function fill(path: string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(pathValues[name] ?? "nope1"));
}

function queryOf(keys: string[], format?: string): string {
  const pairs = keys.flatMap((k) => (k === "format" ? (format ? [[k, format]] : []) : [[k, queryValues[k] ?? "1"]]));
  return pairs.length ? `?${new URLSearchParams(pairs as [string, string][])}` : "";
}

async function probe(
  operation: string,
  probeName: string,
  client: ApiClient | undefined,
  init: RequestInit,
  url: string,
) {
  const headers = new Headers(init.headers);
  headers.set("accept-language", "ro");
  if (client?.cookie) headers.set("cookie", client.cookie);
  const res = await fetch(`${domus.url}${url}`, { ...init, headers, redirect: "manual" });
  await res.arrayBuffer();
  const type = (res.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  seen.push({ operation, probe: probeName, status: res.status, type });
}

beforeAll(async () => {
  domus = await startTestDomus({ log: silentLogger });
  for (const c of [owner, admin]) Object.assign(c, { baseUrl: domus.url });
  expect((await owner.signIn("ana.popescu@example.com")).status).toBe(200);
  expect((await signInWithTotp(admin, "admin@example.com")).status).toBe(200);
  doc = (await (await fetch(`${domus.url}/api/openapi.json`)).json()) as Doc;

  // Signing out ends the session the other probes need: those go last.
  const last = (path: string) => (path.includes("sign-out") ? 1 : 0);
  const contracts = [...contractList].sort((a, b) => last(a.path) - last(b.path));
  for (const c of contracts) {
    const method = c.method.toUpperCase();
    const write = method !== "GET";
    const keys = c.query ? Object.keys((c.query as unknown as { shape: Record<string, unknown> }).shape) : [];
    const path = fill(c.path);
    const json = { "content-type": "application/json" };
    const body = c.body || write ? "{}" : undefined;
    const as = (client: ApiClient, extra: Record<string, string> = {}) => ({
      method,
      headers: { ...(write ? { "x-csrf-token": client.csrf } : {}), ...(body ? json : {}), ...extra },
      body,
    });
    await probe(c.id, "anonymous", undefined, { ...as(new ApiClient("")) }, `${path}${queryOf(keys)}`);
    await probe(c.id, "owner", owner, as(owner), `${path}${queryOf(keys)}`);
    for (const format of keys.includes("format") ? ["pdf", "csv", "xlsx", "doc"] : [undefined]) {
      await probe(c.id, `admin ${format ?? ""}`, admin, as(admin), `${path}${queryOf(keys, format)}`);
    }
    await probe(c.id, "admin without query", admin, as(admin), path);
    if (!write) continue;
    await probe(c.id, "no CSRF token", admin, { ...as(admin), headers: body ? json : {} }, path);
    await probe(
      c.id,
      "oversized",
      admin,
      { ...as(admin, { connection: "close" }), body: `"${"x".repeat(300_000)}"` },
      path,
    );
    if (!c.body) continue;
    await probe(c.id, "another type", admin, as(admin, { "content-type": "application/vnd.evil+json" }), path);
    await probe(c.id, "malformed JSON", admin, { ...as(admin), body: "{nope" }, path);
  }
}, 600_000);

afterAll(async () => {
  await domus?.stop();
});

function operationOf(id: string): Operation {
  const found = Object.values(doc.paths)
    .flatMap((p) => Object.values(p) as (Operation & { operationId: string })[])
    .find((op) => op.operationId === id);
  if (!found) throw new Error(`no operation ${id} in the document`);
  return found;
}

describe("the OpenAPI document", () => {
  it("declares every status an operation answered", () => {
    const undeclared = seen
      .filter((s) => !(String(s.status) in operationOf(s.operation).responses))
      .map((s) => `${s.operation} (${s.probe}): ${s.status}`);
    expect([...new Set(undeclared)]).toEqual([]);
    expect(seen.filter((s) => s.status >= 500).map((s) => `${s.operation} (${s.probe}): ${s.status}`)).toEqual([]);
    // The probe did reach the statuses the document used to leave out, and more.
    const statuses = new Set(seen.map((s) => s.status));
    for (const status of [200, 400, 401, 403, 404, 409, 413, 415]) expect(statuses, String(status)).toContain(status);
  });

  it("declares the content type of every success an operation answered", () => {
    const undeclared = seen
      .filter((s) => s.status >= 200 && s.status < 300 && s.status !== 204)
      .filter((s) => !(s.type in (operationOf(s.operation).responses[String(s.status)]?.content ?? {})))
      .map((s) => `${s.operation} (${s.probe}): ${s.status} ${s.type}`);
    expect([...new Set(undeclared)]).toEqual([]);
    const types = new Set(seen.filter((s) => s.status === 200).map((s) => s.type));
    for (const type of [
      "application/json",
      "application/pdf",
      "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "image/png",
    ]) {
      expect(types, type).toContain(type);
    }
  });

  it("declares, for every operation, what the shared wrapper can answer", () => {
    const missing = contractList.flatMap((c) =>
      wrapperStatuses(c)
        .filter((status) => !(String(status) in operationOf(c.id).responses))
        .map((status) => `${c.id}: ${status}`),
    );
    expect(missing).toEqual([]);
    expect(seen.length).toBeGreaterThan(contractList.length * 4);
  });
});
