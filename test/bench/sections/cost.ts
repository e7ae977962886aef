import { resourcesOf, synthDomus } from "../../infra/helpers";
import { round } from "../support/stats";
import type { CallSummary } from "../support/tally";
import type { BillingSection } from "./billing";
import type { BundlesSection } from "./bundles";
import type { CallsSection, RouteCalls } from "./calls";

/**
 * Section 6 — AWS cost per unit per month from the counted calls, the usage profile and the list
 * prices of quality-bars.md. Every assumption is written into the results next to the figure.
 */
export const prices = {
  lambdaGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  httpApiRequest: 1.0 / 1e6,
  dynamoWrite: 0.625 / 1e6,
  dynamoRead: 0.125 / 1e6,
  kmsRequest: 0.03 / 10_000,
  kmsKeyMonth: 1,
  sesEmail: 0.1 / 1000,
  s3GbMonth: 0.023,
} as const;

export const profile = {
  sessionsPerMonth: 4,
  apiCallsPerSession: 25,
  billingRunsPerMonth: 1,
  emailsPerMonth: 3,
  meterReadingsPerMonth: 1,
  documentsPerAssociation: 5,
  documentBytes: 500 * 1000,
  unitsPerAssociation: 50,
  unitsPerEnvironment: 10_000,
  lambdaMemoryGb: 0.5,
  /** A session's 25 calls spread over ~5 minutes; the session item is touched once a minute. */
  sessionTouchesPerSession: 5,
  /** Documents kept a year: storage billed is 12 months of uploads. */
  documentMonthsStored: 12,
} as const;

export interface CostLine {
  service: string;
  item: string;
  quantityPerUnit: number;
  unitPrice: number;
  usdPerUnitMonth: number;
  basis: string;
}

export interface CostSection {
  usdPerUnitMonth: number;
  targetUsdPerUnitMonth: number;
  byService: Record<string, number>;
  lines: CostLine[];
  kmsKeysInTemplate: number;
  assumptions: string[];
}

const zero: CallSummary = { dynamodb: {}, dynamodbCalls: 0, kms: {}, kmsCalls: 0, other: {}, rcu: 0, wcu: 0 };

function average(rows: RouteCalls[]) {
  const n = rows.length || 1;
  const sum = (f: (r: RouteCalls) => number) => rows.reduce((s, r) => s + f(r), 0) / n;
  return {
    rcu: sum((r) => r.warm?.rcu ?? 0),
    wcu: sum((r) => r.warm?.wcu ?? 0),
    kms: sum((r) => r.warm?.kmsCalls ?? 0),
    ms: sum((r) => r.warmMedianMs ?? 0),
  };
}

export function kmsKeysInTemplate(): number {
  const synth = synthDomus();
  return resourcesOf(synth.all, "AWS::KMS::Key").length;
}

export function costModel(input: {
  calls: CallsSection;
  billing: BillingSection;
  bundles?: BundlesSection;
  kmsKeys: number;
}): CostSection {
  const owner = input.calls.sessions.find((s) => s.role === "owner");
  const signInRow = owner?.routes.find((r) => r.operationId === "identity.signIn");
  const apiRows = (owner?.routes ?? []).filter(
    (r) => r.operationId !== "identity.signIn" && r.status === 200 && (r.warm?.dynamodbCalls ?? 0) > 0,
  );
  const api = average(apiRows);
  const signIn = signInRow?.warm ?? zero;
  const scriptCold = owner?.script?.cold ?? zero;
  const scriptWarm = owner?.script?.warm ?? zero;
  // Conservative: every session starts on a cold process (new SDK clients, empty key cache).
  const coldRcu = Math.max(0, (scriptCold.rcu ?? 0) - (scriptWarm.rcu ?? 0));
  const coldWcu = Math.max(0, (scriptCold.wcu ?? 0) - (scriptWarm.wcu ?? 0));
  const coldKms = Math.max(0, scriptCold.kmsCalls - scriptWarm.kmsCalls);
  const ownerBundle = input.bundles?.bundles.find((b) => b.name === "owner");
  const initMs = ownerBundle?.importMedianMs ?? 0;
  const p = profile;
  const s = p.sessionsPerMonth;
  const requestsPerSession = 1 + p.apiCallsPerSession;
  const apiRequests = s * requestsPerSession + p.meterReadingsPerMonth;
  const signInMs = signInRow?.warmMedianMs ?? 0;
  const gbSecondsSessions =
    s * p.lambdaMemoryGb * ((signInMs + p.apiCallsPerSession * api.ms + initMs) / 1000) +
    p.meterReadingsPerMonth * p.lambdaMemoryGb * (api.ms / 1000);

  const b = input.billing;
  const measured = b.rows.find((r) => r.units === Math.max(...b.rows.filter((x) => !x.skipped).map((x) => x.units)));
  const billingPerUnit =
    measured && !measured.skipped
      ? {
          rcu: (measured.calls?.rcu ?? 0) / measured.units,
          wcu: (measured.calls?.wcu ?? 0) / measured.units,
          kms: (measured.calls?.kmsCalls ?? 0) / measured.units,
          gbSeconds: (p.lambdaMemoryGb * (measured.ms ?? 0)) / 1000 / measured.units,
          basis: `measured: billing run of ${measured.units} units`,
        }
      : {
          rcu: 0.5,
          wcu: 2,
          kms: 1,
          gbSeconds: (p.lambdaMemoryGb * 0.005) / 1,
          basis:
            "estimate (billing run not measured): 2 items written and 1 head read per unit, 1 Decrypt per account, 5 ms per unit",
        };

  const lines: CostLine[] = [];
  const line = (service: string, item: string, quantityPerUnit: number, unitPrice: number, basis: string) =>
    lines.push({
      service,
      item,
      quantityPerUnit: round(quantityPerUnit, 4),
      unitPrice,
      usdPerUnitMonth: quantityPerUnit * unitPrice,
      basis,
    });

  line(
    "Lambda",
    "requests",
    apiRequests + 1 / p.unitsPerAssociation,
    prices.lambdaRequest,
    `${s} sessions × (sign-in + ${p.apiCallsPerSession} calls) + ${p.meterReadingsPerMonth} reading + the billing job per association`,
  );
  line(
    "Lambda",
    "GB-seconds (API)",
    gbSecondsSessions,
    prices.lambdaGbSecond,
    `512 MB (0.5 GB) × (sign-in ${round(signInMs, 1)} ms + ${p.apiCallsPerSession} × ${round(api.ms, 1)} ms + init ${round(initMs, 1)} ms) per session, medians measured locally`,
  );
  line("Lambda", "GB-seconds (billing run)", billingPerUnit.gbSeconds, prices.lambdaGbSecond, billingPerUnit.basis);
  line("API Gateway", "HTTP API requests", apiRequests, prices.httpApiRequest, "every API request");
  const sessionRcu = (signIn.rcu ?? 0) + p.apiCallsPerSession * api.rcu + coldRcu;
  const sessionWcu = (signIn.wcu ?? 0) + p.apiCallsPerSession * api.wcu + coldWcu + p.sessionTouchesPerSession;
  line(
    "DynamoDB",
    "read request units",
    s * sessionRcu + 1 + billingPerUnit.rcu,
    prices.dynamoRead,
    `per session: sign-in ${signIn.rcu ?? 0} + ${p.apiCallsPerSession} × ${round(api.rcu, 2)} (mean of ${apiRows.length} owner GET routes, warm) + cold start ${coldRcu}; reading ~1; billing ${round(billingPerUnit.rcu, 3)}`,
  );
  line(
    "DynamoDB",
    "write request units",
    s * sessionWcu + 2 + p.emailsPerMonth + billingPerUnit.wcu,
    prices.dynamoWrite,
    `per session: sign-in ${signIn.wcu ?? 0} + ${p.sessionTouchesPerSession} session touches + cold ${coldWcu}; reading ~2 (estimate); ${p.emailsPerMonth} mail records (estimate); billing ${round(billingPerUnit.wcu, 3)}`,
  );
  const kmsPerSession = signIn.kmsCalls + p.apiCallsPerSession * api.kms + coldKms;
  line(
    "KMS",
    "requests",
    s * kmsPerSession + billingPerUnit.kms,
    prices.kmsRequest,
    `per session: sign-in ${signIn.kmsCalls} + cold-cache Decrypts ${coldKms} (every session assumed cold) + warm ${round(api.kms, 2)} per call; billing ${round(billingPerUnit.kms, 3)}`,
  );
  line(
    "KMS",
    "key-months",
    input.kmsKeys / p.unitsPerEnvironment,
    prices.kmsKeyMonth,
    `${input.kmsKeys} key(s) per environment spread over ${p.unitsPerEnvironment.toLocaleString("en")} units`,
  );
  line("SES", "emails", p.emailsPerMonth, prices.sesEmail, `${p.emailsPerMonth} emails per unit`);
  const gb = (p.documentsPerAssociation * p.documentBytes * p.documentMonthsStored) / 1024 ** 3 / p.unitsPerAssociation;
  line(
    "S3",
    "GB-months",
    gb,
    prices.s3GbMonth,
    `${p.documentsPerAssociation} × ${p.documentBytes / 1000} KB per association a month, kept ${p.documentMonthsStored} months, ${p.unitsPerAssociation} units per association (requests negligible)`,
  );

  const byService: Record<string, number> = {};
  for (const l of lines) byService[l.service] = (byService[l.service] ?? 0) + l.usdPerUnitMonth;
  const total = lines.reduce((sum, l) => sum + l.usdPerUnitMonth, 0);
  return {
    usdPerUnitMonth: total,
    targetUsdPerUnitMonth: 0.001,
    byService,
    lines,
    kmsKeysInTemplate: input.kmsKeys,
    assumptions: [
      "One owner per unit; each signs in 4× a month and makes ~25 API calls per session (quality-bars.md profile).",
      "API call mix = the mean of the owner GET routes measured in section 1 (warm, with at least one DynamoDB call).",
      "Every session is assumed to start on a cold Lambda (fresh key cache): conservative for KMS and init time.",
      "Lambda durations are medians of in-process requests on the embedded runtime (dynalite, local KMS); real AWS latencies differ. Init (import) time is counted once per session, as Lambda bills INIT.",
      "Capacity units are those dynalite reports (eventually consistent reads 0.5 RRU per 4 KB).",
      `Documents: ${profile.unitsPerAssociation} units per association; ${profile.unitsPerEnvironment.toLocaleString("en")} units per environment share the KMS key.`,
      "Not counted: CloudFront/S3 for the web app, CloudWatch logs and alarms, data transfer, backups (PITR).",
    ],
  };
}
