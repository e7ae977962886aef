import { validationError } from "./dynamo-wire";
import { isRecord } from "./json";
import type { TableKeys } from "./table-keys";
import type { TtlConfig } from "./ttl-config";

/** UpdateTimeToLive, answered by the proxy since dynalite does not know it. */
export async function updateTimeToLive(
  ttl: TtlConfig,
  keys: TableKeys,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const table = input.TableName;
  const spec = input.TimeToLiveSpecification;
  if (typeof table !== "string" || !isRecord(spec)) {
    throw validationError("TableName and TimeToLiveSpecification are required");
  }
  const { AttributeName: attribute, Enabled: enabled } = spec;
  if (typeof attribute !== "string" || attribute === "" || typeof enabled !== "boolean") {
    throw validationError("TimeToLiveSpecification needs AttributeName and Enabled");
  }
  await keys.keyNames(table); // answers ResourceNotFoundException for a missing table
  const current = ttl.attributeOf(table);
  if (enabled && current !== undefined) throw validationError("TimeToLive is already enabled");
  if (!enabled && current === undefined) throw validationError("TimeToLive is already disabled");
  await ttl.set(table, enabled ? attribute : undefined);
  return { TimeToLiveSpecification: { AttributeName: attribute, Enabled: enabled } };
}

/** DescribeTimeToLive from the proxy's own record (dynalite's always says DISABLED). */
export async function describeTimeToLive(
  ttl: TtlConfig,
  keys: TableKeys,
  input: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const table = input.TableName;
  if (typeof table !== "string") throw validationError("TableName is required");
  await keys.keyNames(table);
  const attribute = ttl.attributeOf(table);
  return {
    TimeToLiveDescription:
      attribute === undefined
        ? { TimeToLiveStatus: "DISABLED" }
        : { TimeToLiveStatus: "ENABLED", AttributeName: attribute },
  };
}
