import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";
import { testClockEnvironment, testClockExecArgv } from "./test-clock-process";

type HostMessage =
  | { kind: "ready" }
  | { kind: "init-error"; message: string }
  | { kind: "result"; id: number; result: unknown }
  | { kind: "error"; id: number; message: string };

const host = join(import.meta.dirname, "lambda-host.mjs");

/**
 * One bundle running in a fresh Node process with exactly the given environment (nothing inherited
 * from the test process but PATH), invoked like a Lambda: `invoke(event)` resolves with what the
 * handler returned and rejects with what it threw. `output()` is everything the function logged.
 */
export class LambdaProcess {
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private nextId = 1;
  private logs = "";

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.stdout?.on("data", (chunk: Buffer) => this.append(chunk));
    child.stderr?.on("data", (chunk: Buffer) => this.append(chunk));
    child.on("message", (message: HostMessage) => this.settle(message));
    child.on("exit", (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`${name} exited (${code}):\n${this.logs}`));
      this.pending.clear();
    });
  }

  /** Starts the bundle and waits for its cold start (module initialisation) to finish. */
  static async start(name: string, bundleFile: string, env: Record<string, string>): Promise<LambdaProcess> {
    const child = fork(host, [bundleFile, name], {
      env: { PATH: process.env.PATH ?? "", ...env, ...testClockEnvironment() },
      execArgv: ["--no-warnings", ...testClockExecArgv],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const lambda = new LambdaProcess(name, child);
    await new Promise<void>((resolve, reject) => {
      child.once("message", (message: HostMessage) =>
        message.kind === "ready"
          ? resolve()
          : reject(new Error(`${name} failed to start:\n${lambda.logs}${"message" in message ? message.message : ""}`)),
      );
      child.once("exit", (code) => reject(new Error(`${name} exited during start (${code}):\n${lambda.logs}`)));
    });
    return lambda;
  }

  invoke<T>(event: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, event });
    });
  }

  output(): string {
    return this.logs;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((done) => this.child.once("exit", done));
    this.child.kill();
    await exited;
  }

  private append(chunk: Buffer): void {
    this.logs += chunk.toString("utf8");
  }

  private settle(message: HostMessage): void {
    if (message.kind !== "result" && message.kind !== "error") return;
    const waiter = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.kind === "result") waiter?.resolve(message.result);
    else waiter?.reject(new Error(`${this.name} handler threw: ${message.message}`));
  }
}
