import type { BenchResults } from "./run";
import { describeCalls } from "./support/tally";

/** docs/performance.md: the human summary of test/bench/results/latest.json. */
const kb = (bytes: number | undefined) => (bytes === undefined ? "—" : `${(bytes / 1000).toFixed(1)} KB`);
const num = (n: number | undefined, digits = 1) => (n === undefined || Number.isNaN(n) ? "—" : n.toFixed(digits));
const usd = (n: number) => `$${n.toFixed(6)}`;

function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.map((c) => String(c).replace(/\|/g, "\\|")).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

export function renderMarkdown(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(
    "# Domus — performance and cost",
    "",
    "Written by `npm run bench` (test/bench/run.ts); the machine-readable results are in",
    "`test/bench/results/latest.json`. Counts are deterministic and have budgets in `npm test`",
    "(test/integration/budgets.test.ts, test/infra/bundle-budgets.test.ts); timings are medians on a",
    "shared machine and are reported, never asserted. Targets: `../shared/design/quality-bars.md`.",
    "",
    `- Date: ${r.generatedAt}`,
    `- Machine: ${m.cpuModel} × ${m.cpus}, ${m.memoryGb} GB RAM, ${m.platform}, Node ${m.node}`,
    `- Bench wall time: ${(r.durationMs / 1000).toFixed(0)} s`,
    `- Settings: ${JSON.stringify(r.settings)}`,
    "",
    "Run: `npm run bench` (needs `npm run build:web` for the web section and Debian's `chromium` for",
    "Lighthouse). Environment: `BENCH_MAX_UNITS` caps the billing sizes (50/500/5,000),",
    "`BENCH_SECTIONS=calls,billing,bundles,web,load,cost` picks sections, `BENCH_LIGHTHOUSE_RUNS`",
    "(3), `BENCH_LOAD_RATE` (50/s), `BENCH_LOAD_SECONDS` (10), `BENCH_IMPORT_RUNS` (5).",
    "`BENCH_RENDER_ONLY=1` rewrites this file from the results file without measuring.",
    "",
    "## Headlines",
    "",
  );
  for (const h of r.headlines) out.push(`- ${h}`);

  out.push("", "## 1. AWS calls per API request", "");
  const calls = r.sections.calls;
  if ("error" in calls) out.push(`Failed: ${calls.error}`);
  else {
    for (const s of calls.sessions) {
      out.push(`### ${s.role} session (${s.email})`, "");
      if (s.skipped) {
        out.push(`Skipped: ${s.skipped}`, "");
        continue;
      }
      out.push(
        table(
          [
            "route",
            "status",
            "DynamoDB warm",
            "DynamoDB cold",
            "RCU/WCU warm",
            "KMS warm",
            "KMS cold",
            "warm ms (median)",
            "note",
          ],
          s.routes.map((x) => [
            `${x.method} ${x.path}`,
            x.status ?? "—",
            x.warm ? `${x.warm.dynamodbCalls} (${describeCalls(x.warm.dynamodb)})` : "—",
            x.cold ? `${x.cold.dynamodbCalls} (${describeCalls(x.cold.dynamodb)})` : "—",
            x.warm ? `${num(x.warm.rcu)}/${num(x.warm.wcu)}` : "—",
            x.warm ? `${x.warm.kmsCalls}` : "—",
            x.cold ? `${x.cold.kmsCalls} (${describeCalls(x.cold.kms)})` : "—",
            num(x.warmMedianMs),
            x.note ?? "",
          ]),
        ),
        "",
      );
      if (s.script) {
        out.push(
          `Whole script (${s.script.requests} requests) in one fresh process: cold ${s.script.cold.dynamodbCalls} DynamoDB / ${s.script.cold.kmsCalls} KMS calls; again warm ${s.script.warm.dynamodbCalls} DynamoDB / ${s.script.warm.kmsCalls} KMS.`,
          "",
        );
      }
    }
    for (const n of calls.notes) out.push(`- ${n}`);
  }

  out.push("", "## 2. Billing run", "");
  const billing = r.sections.billing;
  if ("error" in billing) out.push(`Failed: ${billing.error}`);
  else {
    if (billing.skipped) out.push(billing.skipped, "");
    if (billing.runner) out.push(`Runner: ${billing.runner}`, "");
    out.push(
      table(
        [
          "units",
          "write requests",
          "minimum ceil(2N/25)",
          "read requests",
          "DynamoDB by command",
          "RCU/WCU",
          "KMS",
          "time",
          "payment list, first download",
          "note",
        ],
        billing.rows.map((b) => [
          b.units,
          b.writeRequests ?? "—",
          b.minimumWriteRequests,
          b.readRequests ?? "—",
          b.calls ? describeCalls(b.calls.dynamodb) : "—",
          b.calls ? `${num(b.calls.rcu)}/${num(b.calls.wcu)}` : "—",
          b.calls ? `${b.calls.kmsCalls} (${describeCalls(b.calls.kms)})` : "—",
          b.ms === undefined ? "—" : `${(b.ms / 1000).toFixed(2)} s`,
          b.paymentList
            ? `${(b.paymentList.ms / 1000).toFixed(2)} s, ${b.paymentList.calls.kmsCalls} KMS, PDF ${Math.round(b.paymentList.pdfBytes / 1024)} KB`
            : "—",
          b.skipped ?? "",
        ]),
      ),
      "",
    );
    for (const n of billing.notes) out.push(`- ${n}`);
  }

  out.push("", "## 3. Lambda bundles", "");
  const bundles = r.sections.bundles;
  if ("error" in bundles) out.push(`Failed: ${bundles.error}`);
  else {
    out.push(
      table(
        [
          "function",
          "minified",
          "gzip",
          "budget",
          "AWS clients",
          "import (median)",
          "process (median)",
          "largest parts",
        ],
        bundles.bundles.map((b) => [
          b.name,
          kb(b.minifiedBytes),
          kb(b.gzipBytes),
          `${kb(b.budgetBytes)}${b.overBudget ? " **over**" : ""}`,
          b.awsClients.join(", "),
          b.importError ? `error: ${b.importError.split("\n")[0]}` : `${num(b.importMedianMs)} ms`,
          `${num(b.processMedianMs)} ms`,
          b.topPackages
            .slice(0, 4)
            .map((p) => `${p.name} ${kb(p.bytes)}`)
            .join(", "),
        ]),
      ),
      "",
    );
    for (const n of bundles.notes) out.push(`- ${n}`);
  }

  out.push("", "## 4. Web", "");
  const web = r.sections.web;
  if ("error" in web) out.push(`Failed: ${web.error}`);
  else {
    if (web.initialJs) {
      out.push(
        `Initial JavaScript: ${kb(web.initialJs.gzipBytes)} gzip (${kb(web.initialJs.bytes)} raw) — budget ${kb(web.initialJs.budgetGzipBytes)} gzip.`,
        "",
        table(
          ["file", "raw", "gzip"],
          web.initialJs.files.map((f) => [f.file, kb(f.bytes), kb(f.gzipBytes)]),
        ),
        "",
      );
    }
    if (web.skipped) out.push(`Lighthouse: ${web.skipped}`, "");
    if (web.lighthouse.length) {
      out.push(
        table(
          ["page", "performance", "LCP", "CLS", "TBT", "FCP", "runs (scores)", "note"],
          web.lighthouse.map((l) => [
            l.page,
            l.performance ?? "—",
            l.lcpMs === undefined ? "—" : `${(l.lcpMs / 1000).toFixed(2)} s`,
            num(l.cls, 3),
            l.tbtMs === undefined ? "—" : `${l.tbtMs} ms`,
            l.fcpMs === undefined ? "—" : `${(l.fcpMs / 1000).toFixed(2)} s`,
            `${l.runs} (${(l.scores ?? []).join(", ")})`,
            l.error ?? (l.finalUrl && !l.finalUrl.endsWith(new URL(l.url).pathname) ? `ended at ${l.finalUrl}` : ""),
          ]),
        ),
        "",
      );
    }
    for (const n of web.notes) out.push(`- ${n}`);
  }

  out.push("", "## 5. Load (coarse)", "");
  const load = r.sections.load;
  if ("error" in load) out.push(`Failed: ${load.error}`);
  else {
    out.push(
      `GET ${load.url} at ${load.ratePerSecond} req/s for ${load.seconds} s over ${load.connections} connections: ` +
        `${load.requests} requests, ${load.ok2xx} 2xx, ${load.non2xx} non-2xx, ${load.errors} errors, ${load.timeouts} timeouts; ` +
        `latency p50 ${load.latencyMs.p50} ms, p90 ${load.latencyMs.p90} ms, p99 ${load.latencyMs.p99} ms, max ${load.latencyMs.max} ms.`,
      "",
    );
    for (const n of load.notes) out.push(`- ${n}`);
  }

  out.push("", "## 6. Cost model", "");
  const cost = r.sections.cost;
  if ("error" in cost) out.push(`Failed: ${cost.error}`);
  else {
    out.push(
      `**${usd(cost.usdPerUnitMonth)} per unit per month** (target ≤ ${usd(cost.targetUsdPerUnitMonth)}). KMS keys in the synthesized CDK app: ${cost.kmsKeysInTemplate} (must be 1).`,
      "",
      table(
        ["service", "item", "quantity per unit-month", "list price", "USD per unit-month", "basis"],
        cost.lines.map((l) => [
          l.service,
          l.item,
          l.quantityPerUnit,
          l.unitPrice.toExponential(3),
          usd(l.usdPerUnitMonth),
          l.basis,
        ]),
      ),
      "",
      table(
        ["service", "USD per unit-month", "share"],
        Object.entries(cost.byService)
          .sort((a, b) => b[1] - a[1])
          .map(([s, v]) => [s, usd(v), `${((v / cost.usdPerUnitMonth) * 100).toFixed(0)} %`]),
      ),
      "",
      "Assumptions:",
      "",
    );
    for (const a of cost.assumptions) out.push(`- ${a}`);
  }
  out.push(...renderJobs(r.sections.jobs));
  out.push("");
  return out.join("\n");
}

function renderJobs(jobs: BenchResults["sections"]["jobs"] | undefined): string[] {
  const out = ["", "## 7. Nightly jobs on the queue", ""];
  if (!jobs) return [...out, "Not run."];
  if ("error" in jobs) return [...out, `Failed: ${jobs.error}`];
  out.push(
    `${jobs.associations} associations of ${jobs.unitsPerAssociation} units on the embedded runtime, ${jobs.localConcurrency} messages in flight (set-up ${(jobs.setupMs / 1000).toFixed(0)} s, not counted).`,
    "",
    table(
      ["job", "messages", "wall time", "per association (median / p95)", "dead letters"],
      jobs.runs.map((j) => [
        j.job,
        j.messages,
        `${(j.wallMs / 1000).toFixed(1)} s`,
        `${j.perAssociationMs.median} / ${j.perAssociationMs.p95} ms`,
        j.deadLetters,
      ]),
    ),
    "",
    `Injected failure: ${jobs.injectedFailure.messages} messages, ${jobs.injectedFailure.deadLetters} in the dead-letter list (${jobs.injectedFailure.deadAssociation}); every other association done.`,
    "",
    `Modelled in AWS at ${jobs.model.associations.toLocaleString("en")} associations, ${jobs.model.awsConcurrency} workers:`,
    "",
    table(
      ["job", "dispatch", "work", "total", "within 15 min"],
      jobs.model.rows.map((m) => [
        m.job,
        `${m.dispatchS} s`,
        `${m.workS} s`,
        `${m.totalS} s`,
        m.withinLimit ? "yes" : "no",
      ]),
    ),
    "",
  );
  for (const n of jobs.notes) out.push(`- ${n}`);
  return out;
}
