import { execFile } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { App, Duration, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import * as sns from "aws-cdk-lib/aws-sns";
import { describe, expect, it } from "vitest";
import { bundleLambda } from "../../lib/bundling/lambda-esbuild";
import { DomusFunction } from "../../lib/constructs/domus-function";
import { buildDomus } from "../../lib/domus";
import { missingLambdaEntries } from "../../lib/paths";
import { domusFeatureFlags } from "../../lib/settings";
import { fixturesDir, testEnv, testSettings } from "./helpers";

const execFileAsync = promisify(execFile);

type Fn = { Properties: Record<string, unknown> & { Code: { S3Key?: string } } };

/** Bundle file of each function of a stack: the staged asset `asset.<hash>` named by its S3 key. */
function bundlesOf(app: App, stack: Stack): { id: string; description: string; file: string }[] {
  const fns = Template.fromStack(stack).findResources("AWS::Lambda::Function") as Record<string, Fn>;
  return Object.entries(fns)
    .filter(([, r]) => r.Properties.Runtime === "nodejs22.x")
    .map(([id, r]) => ({
      id,
      description: String(r.Properties.Description),
      file: join(app.outdir, `asset.${String(r.Properties.Code.S3Key).replace(/\.zip$/, "")}`, "index.mjs"),
    }));
}

function expectSdkBundled(code: string): void {
  // The SDK clients are inside the bundle, never imported from the runtime. (Plain `require("@aws-sdk/…")`
  // text does occur inside SDK error messages, so only import statements are checked.)
  const external = /\bfrom\s*["']@aws-sdk\/[^"']+["']|\bimport\s*\(\s*["']@aws-sdk\/[^"']+["']\s*\)/.exec(code);
  expect(external?.[0]).toBeUndefined();
}

describe("esbuild bundling (local, no Docker)", () => {
  it("bundles a fixture entry into a minified ESM index.mjs that runs", async () => {
    const app = new App({ context: domusFeatureFlags });
    const stack = new Stack(app, "Bundling", { env: testEnv });
    new DomusFunction(stack, "Hello", {
      entry: join(fixturesDir, "lambda", "hello.ts"),
      description: "fixture",
      environment: {},
      timeout: Duration.seconds(3),
      logRetention: RetentionDays.ONE_DAY,
      alarmTopic: new sns.Topic(stack, "Alarms"),
    });
    const [bundle] = bundlesOf(app, stack);
    expect(bundle).toBeDefined();
    expect(existsSync(bundle!.file)).toBe(true);
    const code = readFileSync(bundle!.file, "utf8");
    expect(code.startsWith("import { createRequire")).toBe(true);
    expectSdkBundled(code);
    expect(code).toContain("DynamoDB");
    const mod = (await import(pathToFileURL(bundle!.file).href)) as { handler: () => Promise<{ ok: boolean }> };
    await expect(mod.handler()).resolves.toMatchObject({ ok: true });
  });

  it("gives CommonJS code in the ES module bundle its require, __filename and __dirname", async () => {
    // pdfmake resolves every font path against __dirname: without it no PDF renders in Lambda.
    const dir = await realpath(await mkdtemp(join(tmpdir(), "domus-cjs-shim-")));
    try {
      const dep = "module.exports = { dirname: __dirname, filename: __filename, sep: require('node:path').sep };";
      await writeFile(join(dir, "dep.cjs"), dep);
      await writeFile(join(dir, "entry.mjs"), 'import dep from "./dep.cjs"; export const handler = async () => dep;');
      await bundleLambda(join(dir, "entry.mjs"), join(dir, "out"));
      const file = join(dir, "out", "index.mjs");
      // In plain Node, as Lambda runs it: vitest's module runner would supply __dirname itself.
      const run = `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(JSON.stringify(await handler()));`;
      const { stdout } = await execFileAsync(process.execPath, ["--input-type=module", "-e", run]);
      expect(JSON.parse(stdout)).toEqual({ dirname: join(dir, "out"), filename: file, sep: "/" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("bundles the real Lambda entries of every stack, each function its own entry", () => {
    expect(missingLambdaEntries()).toEqual([]);
    const app = new App({ context: domusFeatureFlags });
    const stacks = buildDomus(app, { settings: testSettings, env: testEnv, webDistPath: "/nonexistent" });
    const bundles = [...bundlesOf(app, stacks.app), ...bundlesOf(app, stacks.jobs)];
    expect(bundles).toHaveLength(5);
    expect(new Set(bundles.map((b) => b.file)).size, "five different bundles").toBe(5);
    for (const b of bundles) {
      expect(existsSync(b.file), b.description).toBe(true);
      const code = readFileSync(b.file, "utf8");
      expectSdkBundled(code);
      // Five functions, five bundles (CDK once staged the first function's bundle for all five),
      // and the PDF engine with its fonts only in the files function's.
      const group = /API: (\w+) routes$/.exec(b.description)?.[1] ?? "jobs";
      expect(code.includes("Roboto-Regular.ttf"), b.description).toBe(group === "files");
      console.info(`${b.description}: ${Math.round(statSync(b.file).size / 1024)} KB`);
    }
  }, 600_000);
});
