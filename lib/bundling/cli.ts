import { bundleLambda } from "./lambda-esbuild";

/** `tsx lib/bundling/cli.ts <entry> <outdir>`: what CDK runs to bundle one function locally. */
const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) {
  process.stderr.write("usage: cli.ts <entry.ts> <outdir>\n");
  process.exit(2);
}
await bundleLambda(entry, outdir);
