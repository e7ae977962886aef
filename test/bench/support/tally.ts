import type { CallTally } from "../../../functions/platform/aws/call-counter";

/** A counted request in report form: calls per service and command, capacity as reported. */
export interface CallSummary {
  dynamodb: Record<string, number>;
  dynamodbCalls: number;
  kms: Record<string, number>;
  kmsCalls: number;
  other: Record<string, number>;
  /** Consumed capacity as the (local) DynamoDB reported it; undefined when nothing reported. */
  rcu?: number;
  wcu?: number;
}

function pick(calls: Record<string, number>, service: string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(calls)
      .filter(([name]) => name.startsWith(`${service}.`))
      .map(([name, n]) => [name.slice(service.length + 1), n]),
  );
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);

export function summarize(tally: CallTally): CallSummary {
  const dynamodb = pick(tally.calls, "DynamoDB");
  const kms = pick(tally.calls, "KMS");
  const other = Object.fromEntries(
    Object.entries(tally.calls).filter(([name]) => !name.startsWith("DynamoDB.") && !name.startsWith("KMS.")),
  );
  const reported = tally.readCapacity > 0 || tally.writeCapacity > 0;
  return {
    dynamodb,
    dynamodbCalls: sum(dynamodb),
    kms,
    kmsCalls: sum(kms),
    other,
    ...(reported || sum(dynamodb) > 0 ? { rcu: tally.readCapacity, wcu: tally.writeCapacity } : {}),
  };
}

/** "GetItem×1, Query×2" */
export function describeCalls(calls: Record<string, number>): string {
  const parts = Object.entries(calls)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, n]) => `${name}×${n}`);
  return parts.length ? parts.join(", ") : "—";
}
