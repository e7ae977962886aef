import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";

/**
 * zod re-exports its 40+ error-message locales from its namespace object, which no bundler can
 * tree-shake (about 260 KB minified). Domus translates errors itself (functions/platform/i18n), so
 * a Lambda needs only zod's English default: this plugin resolves zod's `locales/index.js` to a
 * module that exports just that.
 */
const englishOnly = fileURLToPath(new URL("./zod-locales-en.ts", import.meta.url));

export const zodEnglishOnly: Plugin = {
  name: "domus-zod-english-only",
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes("/node_modules/zod/") ? { path: englishOnly } : undefined,
    );
  },
};
