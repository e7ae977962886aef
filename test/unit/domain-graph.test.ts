import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { compositionFolders, domainOrder } from "../../functions/domain-order";

/**
 * The domain graph: every import of production code in functions/ that crosses a folder must go
 * down the declared order (functions/domain-order.ts), so no import closes a cycle between
 * domains and nothing depends upward. Type-only imports count too: they couple as much.
 */
const root = resolve(import.meta.dirname, "../../functions");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function folderOf(path: string): string | undefined {
  const rel = relative(root, path);
  return rel.includes("/") ? rel.split("/")[0] : undefined;
}

interface Edge {
  from: string;
  to: string;
  where: string;
}

function crossFolderImports(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sources(root)) {
    const from = folderOf(file);
    if (!from) continue;
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      const to = folderOf(resolve(dirname(file), m[1] as string));
      if (to && to !== from) edges.push({ from, to, where: `${relative(root, file)} → ${m[1]}` });
    }
  }
  return edges;
}

const rank = new Map<string, number>(domainOrder.map((d, i) => [d, i]));
const composition = new Set<string>(compositionFolders);

describe("the domain graph", () => {
  const edges = crossFolderImports();

  it("knows every folder of functions/ (a new domain takes its place in domain-order.ts)", () => {
    const folders = new Set(
      sources(root)
        .map(folderOf)
        .filter((f): f is string => f !== undefined),
    );
    const unknown = [...folders].filter((f) => !rank.has(f) && !composition.has(f));
    expect(unknown).toEqual([]);
  });

  it("imports only down the order: no cycle between domains, nothing upward", () => {
    expect(edges.length).toBeGreaterThan(100);
    const upward = edges.filter(
      (e) => !composition.has(e.from) && (composition.has(e.to) || (rank.get(e.to) ?? 0) >= (rank.get(e.from) ?? 0)),
    );
    expect(upward.map((e) => `${e.from} → ${e.to}: ${e.where}`)).toEqual([]);
  });

  it("keeps the kernel and the platform free of domains", () => {
    const low = edges.filter((e) => (e.from === "kernel" || e.from === "platform") && e.to !== "platform");
    expect(low.map((e) => e.where)).toEqual([]);
  });
});
