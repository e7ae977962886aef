import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Pure code (every `model/` folder, the kernel, contracts shared with the web app) must
 * not reach the AWS SDK, Hono, the environment or the wall clock: domain rules are tested without
 * a database and run the same everywhere.
 */
const root = join(import.meta.dirname, "../../functions");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const sources = walk(root).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
// The kernel is pure but for the files that bind it to the platform's catalogue, errors and deps.
const kernelBindings = new Set([
  "kernel/catalogue.ts",
  "kernel/domain-errors.ts",
  "kernel/jobs.ts",
  "kernel/local-format.ts",
  "kernel/messages.ts",
]);
const pure = sources.filter((f) => {
  const rel = relative(root, f);
  return (
    rel.split("/").includes("model") ||
    (rel.startsWith("kernel/") && !kernelBindings.has(rel)) ||
    rel.endsWith("contracts.ts") ||
    rel === "platform/http/contract.ts"
  );
});

const forbidden: [string, RegExp][] = [
  ["the AWS SDK", /from\s+["']@aws-sdk\//],
  ["Hono", /from\s+["'](hono|@hono\/)/],
  ["process.env", /process\.env/],
  ["the wall clock (Date.now)", /Date\.now\(/],
  ["the wall clock (new Date())", /new Date\(\)/],
  ["I/O (node:fs / node:http)", /from\s+["']node:(fs|http|https|net)/],
  ["randomness (deterministic keys only)", /\b(randomBytes|randomUUID|randomInt|Math\.random)\(/],
];

describe("pure code boundaries", () => {
  it("finds the pure files to check", () => {
    expect(pure.length).toBeGreaterThan(5);
  });

  for (const [what, pattern] of forbidden) {
    it(`no pure file uses ${what}`, () => {
      const offenders = pure.filter((f) => pattern.test(readFileSync(f, "utf8"))).map((f) => relative(root, f));
      expect(offenders).toEqual([]);
    });
  }

  // otpauth computes TOTP codes from a secret and a time step handed in; node:crypto hashes
  // deterministically (its random functions are refused above). No I/O, no clock of their own.
  const allowedPackages = new Set(["zod", "big.js", "otpauth", "node:crypto"]);

  it("pure files import only other pure files or pure libraries (zod, big.js, otpauth, node:crypto hashing)", () => {
    const offenders: string[] = [];
    for (const file of pure) {
      for (const [, spec] of readFileSync(file, "utf8").matchAll(/from\s+["']([^"']+)["']/g)) {
        if (!spec) continue;
        const ok = spec.startsWith(".") || allowedPackages.has(spec);
        if (!ok) offenders.push(`${relative(root, file)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
