import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type RouteGroup, routeGroupNames } from "../functions/platform/http/route-groups";

/** Root of the repository (holds package.json and package-lock.json). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const lockFile = join(repoRoot, "package-lock.json");

/** Where the built web app lands (`npm run build:web`). */
export const webDistDir = join(repoRoot, "web", "dist");

/** Lambda entry file of a route group or of the jobs handler. */
export function lambdaEntry(name: RouteGroup | "jobs"): string {
  return join(repoRoot, "functions", "lambda", `${name}.ts`);
}

/** Every Lambda entry the app bundles: one per route group plus the jobs handler. */
export function allLambdaEntries(): string[] {
  return [...routeGroupNames.map((g) => lambdaEntry(g)), lambdaEntry("jobs")];
}

export function missingLambdaEntries(): string[] {
  return allLambdaEntries().filter((entry) => !existsSync(entry));
}
