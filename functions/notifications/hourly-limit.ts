import type { AppDeps } from "../platform/deps";
import { isConditionFailure } from "../platform/table";
import { notifyKeys } from "./keys";
import { hourOf, informationalPerHour } from "./model/limits";

/**
 * Takes one of the person's informational emails for this hour; false once the allowance is
 * used. The conditional counter holds under concurrency: two jobs at once never both get the last one.
 */
export async function takeHourlySlot(deps: AppDeps, personId: string): Promise<boolean> {
  const now = deps.clock.now();
  try {
    await deps.table.update({
      Key: notifyKeys.hourly(personId, hourOf(now)),
      UpdateExpression: "ADD sent :one SET expiresAt = if_not_exists(expiresAt, :exp)",
      ConditionExpression: "attribute_not_exists(sent) OR sent < :max",
      ExpressionAttributeValues: {
        ":one": 1,
        ":max": informationalPerHour,
        // Kept two days, then removed by the table's TTL.
        ":exp": Math.floor(now.getTime() / 1000) + 2 * 86_400,
      },
    });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
