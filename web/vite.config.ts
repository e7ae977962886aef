import { fileURLToPath, pathToFileURL } from "node:url";
import react from "@vitejs/plugin-react";
import { tsImport } from "tsx/esm/api";
import { defineConfig, type Plugin } from "vite";

/** What the browser needs of a contract to call it; its zod schemas stay on the server. */
const routeFields = ["id", "group", "method", "path", "status", "produces"] as const;

function isContract(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const c = value as Record<string, unknown>;
  return typeof c.id === "string" && typeof c.method === "string" && typeof c.path === "string" && "response" in c;
}

function routeOf(contract: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(routeFields.filter((f) => contract[f] !== undefined).map((f) => [f, contract[f]]));
}

/**
 * The web app imports the API contracts (`functions/<domain>/contracts.ts`) so paths and types have
 * one source. Shipping them as they are would ship zod too (about half the initial-JS budget) only
 * to read a method and a path. This plugin evaluates each contracts module at build time and
 * gives the browser a module of plain route objects with the same export names. TypeScript still
 * checks against the real module, so types are unchanged. Importing a schema (not a contract) as
 * a value from the web app fails the build loudly: that export does not exist in the browser.
 */
export function contractRoutes(): Plugin {
  return {
    name: "domus:contract-routes",
    enforce: "pre",
    async load(id) {
      const file = id.split("?")[0] ?? id;
      if (!/[\\/]functions[\\/].+[\\/]([a-z]+-)?contracts(-[a-z]+)?\.ts$/.test(file)) return null;
      const module = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
      const exports = Object.entries(module)
        .filter(([, value]) => isContract(value))
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(routeOf(value as Record<string, unknown>))};`);
      return exports.join("\n");
    },
  };
}

/**
 * `main.tsx` is a small entry that starts the first screen's requests and then imports
 * `app/start.tsx` (React, the libraries, the app). Vite preloads only an entry's static imports,
 * so this adds `<link rel="modulepreload">` for that module and everything it imports: the
 * browser fetches the libraries in parallel with the entry instead of after it has run.
 */
export function preloadStart(startModule = "/src/app/start.tsx"): Plugin {
  return {
    name: "domus:preload-start",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const start = Object.values(bundle).find(
          (c) =>
            c.type === "chunk" && c.isDynamicEntry && c.facadeModuleId?.replaceAll("\\", "/").endsWith(startModule),
        );
        if (start?.type !== "chunk") throw new Error(`preload-start: no chunk for ${startModule}`);
        const files: string[] = [];
        const visit = (fileName: string) => {
          if (files.includes(fileName)) return;
          const chunk = bundle[fileName];
          if (chunk?.type !== "chunk") return;
          for (const dep of chunk.imports) visit(dep);
          files.push(fileName);
        };
        visit(start.fileName);
        const links = files
          .filter((f) => !html.includes(`/${f}"`))
          .map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`);
        return html.replace("</head>", `  ${links.join("\n    ")}\n  </head>`);
      },
    },
  };
}

/**
 * The owner and admin web app. Built to `web/dist` and served from the same origin as the API
 * (CloudFront in AWS, the local Node server on one machine), so `/api/*` needs no CORS.
 *
 * CSP: no inline scripts or styles may reach index.html, hence no modulepreload polyfill
 * (Vite would inline it) and no assets inlined as data URIs.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  plugins: [contractRoutes(), react(), preloadStart()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    modulePreload: { polyfill: false },
    reportCompressedSize: true,
    rolldownOptions: {
      // The libraries every page needs change less often than the app: one long-cached vendor
      // chunk. Libraries only some pages use (chart.js) stay in those pages' lazy chunks.
      output: {
        codeSplitting: {
          groups: [
            {
              name: "vendor",
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|@tanstack|wouter|regexparam|use-sync-external-store|void-elements|html-parse-stringify)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
});
