import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it, vi } from "vitest";
import { errorStatus } from "../platform/errors";
import type { Locale } from "../platform/model/schemas";

/**
 * Messages register by side-effect import (`import "./messages"`), so a Lambda that serves a route
 * without importing its domain's messages answers the raw key (`identity.unit_unknown`) in every
 * language. Each group is checked on its own: the codes come from the group's own bundle (its
 * import graph after tree-shaking, i.e. code its Lambda can run), and the catalogue is the one
 * that group's modules fill in a fresh module registry, as in its Lambda.
 */
const groupsDir = import.meta.dirname;
const repoRoot = join(groupsDir, "..", "..");
const locales: Locale[] = ["en", "ro", "pl", "ru", "uk"];

/** Codes raised as written in the source: `appError("x.y")`, `new DomainError("x.y")`, `{ code: "x.y" }` field issues. */
const codePatterns = [
  /\bappError\(\s*"([a-z_]+(?:\.[a-z_]+)*)"/g,
  /\bnew \w*Error\(\s*"([a-z_]+(?:\.[a-z_]+)+)"/g,
  /\bcode:\s*"([a-z_]+(?:\.[a-z_]+)+)"/g,
];

/**
 * Invariants of stored data and of the code's own tables, not of anything a person sends: a
 * person can neither cause nor act on them, so they have no message (the cause is logged).
 */
const invariants = new Set([
  "payment.duplicate_debt",
  "payment.negative_debt",
  "penalty.no_rate_for_day",
  "penalty.negative_principal",
]);

const groupFiles = readdirSync(groupsDir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

/**
 * The group's bundled app code, module by module: esbuild marks each module of an unminified
 * bundle with a `// functions/<path>` line, and leaves out what tree-shaking removed.
 */
async function bundledModules(groupFile: string): Promise<{ path: string; code: string }[]> {
  const result = await build({
    entryPoints: [join(groupsDir, groupFile)],
    absWorkingDir: repoRoot,
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    packages: "external",
    logLevel: "silent",
  });
  const parts = (result.outputFiles[0]?.text ?? "").split(/^\/\/ (functions\/\S+\.ts)$/m);
  const modules: { path: string; code: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) modules.push({ path: parts[i] as string, code: parts[i + 1] ?? "" });
  return modules;
}

/** A module that registers messages names codes as keys, not as errors it raises. */
const registersMessages = (path: string) =>
  /\bregister(Messages|Five)\(/.test(readFileSync(join(repoRoot, path), "utf8"));

/** Every error code the group can answer with: the platform's own plus those its bundled code raises. */
async function errorCodesOf(groupFile: string): Promise<string[]> {
  const codes = new Set<string>(Object.keys(errorStatus));
  for (const { path, code } of await bundledModules(groupFile)) {
    if (registersMessages(path)) continue;
    for (const pattern of codePatterns) for (const match of code.matchAll(pattern)) codes.add(match[1] as string);
  }
  return [...codes].filter((code) => !invariants.has(code)).sort();
}

/** Keys the catalogue holds in each locale once only this group's modules have run. */
async function catalogueOf(groupFile: string): Promise<Record<Locale, Set<string>>> {
  vi.resetModules();
  await import(`./${groupFile}`);
  const { catalogueKeys } = await import("../platform/i18n");
  return Object.fromEntries(locales.map((l) => [l, new Set(catalogueKeys(l))])) as Record<Locale, Set<string>>;
}

describe("each Lambda group translates every error code it can answer with", () => {
  it("finds the groups", () => {
    expect(groupFiles.map((f) => f.replace(/\.ts$/, "")).sort()).toEqual(["admin", "auth", "files", "owner"]);
  });

  it.each(groupFiles)(
    "%s: every code in en, ro, pl, ru and uk",
    async (groupFile) => {
      const codes = await errorCodesOf(groupFile);
      const catalogue = await catalogueOf(groupFile);
      // The pattern still finds what it should (a guard against a regex that silently matches nothing).
      expect(codes).toContain("request.invalid");
      expect(codes.length, groupFile).toBeGreaterThan(Object.keys(errorStatus).length);
      const untranslated = locales.flatMap((l) => codes.filter((c) => !catalogue[l].has(c)).map((c) => `${l}:${c}`));
      expect(untranslated).toEqual([]);
    },
    120_000,
  );
});
