import { join } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { zodEnglishOnly } from "./zod-english-only";

/**
 * The one definition of how a Lambda is bundled: used by CDK (through cli.ts, no Docker), by the
 * bundle budgets in `npm test` and by `npm run bench`, so what is measured is what is deployed.
 * ESM for Node 22, minified, the AWS SDK clients bundled (pinned by package-lock.json; each
 * Lambda carries only the clients its code imports).
 */
export function lambdaEsbuildOptions(entry: string, outdir: string): BuildOptions {
  return {
    entryPoints: [entry],
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    outfile: join(outdir, "index.mjs"),
    minify: true,
    sourcemap: false,
    mainFields: ["module", "main"],
    charset: "utf8",
    // ESM output still meets CommonJS dependencies that call require() for Node built-ins.
    banner: {
      js: "import { createRequire as __domusCreateRequire } from 'node:module';const require = __domusCreateRequire(import.meta.url);",
    },
    plugins: [zodEnglishOnly],
    metafile: true,
    logLevel: "warning",
  };
}

export async function bundleLambda(entry: string, outdir: string) {
  return build(lambdaEsbuildOptions(entry, outdir));
}
