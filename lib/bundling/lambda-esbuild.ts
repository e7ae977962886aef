import { join } from "node:path";
import { type BuildOptions, build } from "esbuild";
import { brotliFromZlib } from "./brotli-from-zlib";
import { zodEnglishOnly } from "./zod-english-only";

/** `require`, `__filename` and `__dirname` of the bundle file, as CommonJS code expects them. */
export const commonJsShim = [
  "import { createRequire as __domusCreateRequire } from 'node:module';",
  "import { fileURLToPath as __domusFileURLToPath } from 'node:url';",
  "import { dirname as __domusDirname } from 'node:path';",
  "const require = __domusCreateRequire(import.meta.url);",
  "const __filename = __domusFileURLToPath(import.meta.url);",
  "const __dirname = __domusDirname(__filename);",
].join("");

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
    // ESM output still meets CommonJS dependencies that call require() for Node built-ins and read
    // __dirname/__filename (pdfmake resolves every font path against __dirname): an ES module has
    // none of the three, so the banner defines them from import.meta.url.
    banner: { js: commonJsShim },
    plugins: [zodEnglishOnly, brotliFromZlib],
    metafile: true,
    logLevel: "warning",
  };
}

export async function bundleLambda(entry: string, outdir: string) {
  return build(lambdaEsbuildOptions(entry, outdir));
}
