import { createRequire } from "node:module";
import { brotliCompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import decompress from "../../lib/bundling/brotli-decompress";

const require = createRequire(import.meta.url);
// The package fontkit would use without the bundling plugin.
const jsDecompress = require("brotli/decompress.js") as (buffer: Uint8Array, size?: number) => Uint8Array;

describe("Brotli through node:zlib for fontkit", () => {
  it("decodes exactly what the JavaScript decoder decodes", () => {
    const text = Buffer.from("Asociația de proprietari — Wspólnota — ТСЖ ".repeat(200));
    const compressed = new Uint8Array(brotliCompressSync(text));
    const ours = decompress(compressed, text.length);
    expect(ours).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(ours).equals(Buffer.from(jsDecompress(compressed, text.length)))).toBe(true);
    expect(Buffer.from(ours).equals(text)).toBe(true);
  });
});
