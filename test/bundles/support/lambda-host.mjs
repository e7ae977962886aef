// A Lambda execution environment in miniature, for one bundle in its own Node process: it imports
// the bundle as the Node.js runtime does (`index.handler` of an ES module), then invokes the handler
// with each event the parent sends over IPC, one at a time, like a warm instance. Plain JavaScript:
// nothing of the test's TypeScript tooling is loaded into this process.
import { pathToFileURL } from "node:url";

const [bundleFile, functionName] = process.argv.slice(2);
let handler;
try {
  ({ handler } = await import(pathToFileURL(bundleFile).href));
  if (typeof handler !== "function") throw new Error(`${bundleFile} exports no handler`);
  process.send({ kind: "ready" });
} catch (error) {
  process.send({ kind: "init-error", message: String(error?.stack ?? error) });
  process.exit(1);
}

let invocation = 0;
process.on("message", async ({ id, event }) => {
  invocation += 1;
  const context = {
    functionName,
    awsRequestId: `bundle-test-${invocation}`,
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 29_000,
  };
  try {
    process.send({ kind: "result", id, result: await handler(event, context) });
  } catch (error) {
    process.send({ kind: "error", id, message: String(error?.stack ?? error) });
  }
});
