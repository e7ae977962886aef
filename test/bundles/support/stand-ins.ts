import { fork } from "node:child_process";
import { join } from "node:path";
import { testClockEnvironment, testClockExecArgv } from "./test-clock-process";

export interface StandIns {
  endpoints: { dynamodb: string; kms: string; s3: string; ses: string };
  kmsKeyId: string;
  mailStoreUrl: string;
  stop(): Promise<void>;
}

type Ready = Omit<StandIns, "stop"> & { kind: "ready" };

/** Starts stand-ins-main.ts (TypeScript, through tsx) on the test clock and waits for the seeded demo. */
export async function startStandIns(root: string, table: string, bucket: string, region: string): Promise<StandIns> {
  let logs = "";
  const child = fork(join(import.meta.dirname, "stand-ins-main.ts"), [root, table, bucket, region], {
    env: { ...process.env, ...testClockEnvironment() },
    execArgv: ["--import", "tsx", ...testClockExecArgv],
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (logs += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (logs += chunk.toString()));
  const ready = await new Promise<Ready>((resolve, reject) => {
    child.once("message", (message: Ready) => resolve(message));
    child.once("exit", (code) => reject(new Error(`the stand-ins exited (${code}):\n${logs}`)));
  });
  return {
    endpoints: ready.endpoints,
    kmsKeyId: ready.kmsKeyId,
    mailStoreUrl: ready.mailStoreUrl,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once("exit", done));
      child.send({ kind: "stop" });
      await exited;
    },
  };
}
