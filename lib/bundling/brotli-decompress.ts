import { brotliDecompressSync } from "node:zlib";

/**
 * What fontkit calls `brotli/decompress.js` for (WOFF2 fonts): Node's own Brotli decoder instead
 * of the 486 KB JavaScript one. Same signature and result type as the package's default export.
 */
export default function decompress(buffer: Uint8Array, _outSize?: number): Uint8Array {
  return new Uint8Array(brotliDecompressSync(buffer));
}
