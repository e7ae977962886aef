import { mkdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { lambdaEsbuildOptions } from "../../../lib/bundling/lambda-esbuild";
import { allLambdaEntries } from "../../../lib/paths";

/** AWS SDK clients a bundle contains, from the esbuild metafile. */
const clientPattern = /node_modules\/@aws-sdk\/client-([a-z0-9-]+)\//;

export interface LambdaBundle {
  name: string;
  entry: string;
  file: string;
  minifiedBytes: number;
  gzipBytes: number;
  awsClients: string[];
  /** Largest inputs (by bytes in the output), package-level. */
  topPackages: { name: string; bytes: number }[];
}

function packageOf(path: string): string {
  const at = path.lastIndexOf("node_modules/");
  if (at < 0) return "(app code)";
  const rest = path.slice(at + "node_modules/".length).split("/");
  return rest[0]?.startsWith("@") ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
}

/** Builds every Lambda entry (route groups + jobs) as CDK does and measures it. */
export async function buildLambdaBundles(outRoot: string): Promise<LambdaBundle[]> {
  const out: LambdaBundle[] = [];
  for (const entry of allLambdaEntries()) {
    const name = basename(entry, ".ts");
    const dir = join(outRoot, name);
    await mkdir(dir, { recursive: true });
    const options = lambdaEsbuildOptions(entry, dir);
    const result = await build(options);
    const file = options.outfile as string;
    const code = await readFile(file);
    const outputs = Object.values(result.metafile?.outputs ?? {});
    const inputs = outputs.flatMap((o) => Object.entries(o.inputs));
    const clients = new Set<string>();
    const byPackage = new Map<string, number>();
    for (const [path, info] of inputs) {
      const m = clientPattern.exec(path);
      if (m?.[1] && info.bytesInOutput > 0) clients.add(m[1]);
      byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + info.bytesInOutput);
    }
    out.push({
      name,
      entry,
      file,
      minifiedBytes: code.length,
      gzipBytes: gzipSync(code, { level: 9 }).length,
      awsClients: [...clients].sort(),
      topPackages: [...byPackage]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 6)
        .map(([pkg, bytes]) => ({ name: pkg, bytes })),
    });
  }
  return out;
}

/** Budgets of quality-bars.md (KB = 1,000 bytes): ~400 KB when only DynamoDB is used, ~650 KB with every client. */
export const bundleBudgetBytes = { dynamoOnly: 400_000, any: 650_000 } as const;

export function budgetFor(bundle: LambdaBundle): number {
  const dynamoOnly = bundle.awsClients.every((c) => c === "dynamodb");
  return dynamoOnly ? bundleBudgetBytes.dynamoOnly : bundleBudgetBytes.any;
}
