import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../functions/platform/log";
import { closeConnections } from "../fuzz/http";
import { runFuzz } from "../fuzz/run";
import type { Tally } from "../fuzz/tally";
import { testNow } from "../support/test-clock";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * The fixed-seed fuzz set (test/fuzz/): every operation of the OpenAPI document as an owner, the
 * administrator of both demo associations and the administrator of one, each with a valid sample
 * on real ids, plus two broken requests per operation (edge strings, wrong types, removed fields,
 * path tricks, malformed or oversized bodies, wrong content types). `npm run fuzz` runs the same
 * cases in full, 10,000 requests and more.
 */
let domus: TestDomus;
let tally: Tally;
const serverErrors: string[] = [];

beforeAll(async () => {
  domus = await startTestDomus({ log: createLogger("error", {}, (line) => serverErrors.push(line)) });
  tally = await runFuzz({ url: domus.url, seed: 20261207, mode: "quick", now: testNow });
  process.stdout.write(`fuzz (quick set)\n${tally.summary()}\n`);
}, 300_000);

afterAll(async () => {
  closeConnections();
  await domus?.stop();
});

describe("OpenAPI-driven fuzz, fixed seed", () => {
  it("reaches every operation for every role, and the happy path of most", () => {
    expect(tally.operations.size).toBeGreaterThanOrEqual(100);
    expect(Object.keys(tally.roles).sort()).toEqual(["adminOfBoth", "adminOfOne", "owner"]);
    expect(tally.requests).toBeGreaterThanOrEqual(300);
    expect(tally.reachedOk.size).toBeGreaterThanOrEqual(50);
    // Broken requests were sent: the noInvalidAccepted check looked at some.
    expect(tally.checked.noInvalidAccepted).toBeGreaterThanOrEqual(100);
  });

  it("answers no 5xx and leaks nothing internal", () => {
    const findings = tally.allFindings().filter((f) => f.check === "no5xx" || f.check === "noInternalDetails");
    expect(findings, serverErrors.join("\n")).toEqual([]);
    expect(tally.statusClasses["5xx"] ?? 0).toBe(0);
  });

  it("accepts nothing the document calls invalid", () => {
    expect(tally.allFindings().filter((f) => f.check === "noInvalidAccepted")).toEqual([]);
  });

  it("answers every 2xx with a body its documented schema and content type allow", () => {
    expect(tally.checked.documentedBody).toBeGreaterThanOrEqual(100);
    expect(tally.allFindings().filter((f) => f.check === "documentedBody")).toEqual([]);
  });
});
