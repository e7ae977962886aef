import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";

const zlibDecoder = fileURLToPath(new URL("./brotli-decompress.ts", import.meta.url));

/**
 * fontkit (under pdfmake) imports a pure-JavaScript Brotli decoder of 486 KB, most of the `files`
 * Lambda after pdfmake itself; Node has one built in. This plugin resolves fontkit's
 * `brotli/decompress.js` to a module that calls node:zlib.
 */
export const brotliFromZlib: Plugin = {
  name: "domus-brotli-from-zlib",
  setup(build) {
    build.onResolve({ filter: /^brotli\/decompress(\.js)?$/ }, (args) =>
      args.importer.includes("/node_modules/fontkit/") ? { path: zlibDecoder } : undefined,
    );
  },
};
