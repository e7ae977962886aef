import type { AppDeps } from "../../platform/deps";
import { keys } from "../../platform/keys";
import { isConditionFailure } from "../../platform/table";
import { stableId } from "../model/payment-entries";
import type { ReminderStage } from "./settings";

/** An in-app notification of one person about one unit's debt; the web app words it by `stage`. */
export interface NotificationView {
  notificationId: string;
  personId: string;
  kind: "payment_reminder";
  stage: ReminderStage;
  period: string;
  dueDate: string;
  amountMinor: number;
  createdAt: string;
  readAt?: string;
}

type NotificationItem = NotificationView & { pk: string; sk: string };

/** The id of a reminder's notification: deterministic, so a rerun finds the one it wrote. */
export function reminderNotificationId(personId: string, period: string, stage: ReminderStage): string {
  return stableId("n", personId, period, stage);
}

/** Writes a notification once (a rerun leaves the first one, and its read state, alone). */
export async function putNotification(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  n: Omit<NotificationView, "createdAt" | "readAt">,
): Promise<void> {
  const item: NotificationItem = {
    ...keys.notification(associationId, unitId, n.notificationId),
    ...n,
    createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.table.put(item, { ifAbsent: true });
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** A person's notifications about a unit, newest first. */
export async function listNotifications(deps: AppDeps, associationId: string, unitId: string, personId: string) {
  const items = await deps.table.queryAll<NotificationItem>(`A#${associationId}#U#${unitId}`, "NOTE#");
  return items
    .filter((i) => i.personId === personId)
    .map(({ pk: _pk, sk: _sk, ...view }) => view)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Marks one of the person's notifications read; false when it is not theirs or does not exist. */
export async function markNotificationRead(
  deps: AppDeps,
  associationId: string,
  unitId: string,
  personId: string,
  notificationId: string,
): Promise<boolean> {
  try {
    await deps.table.update({
      Key: keys.notification(associationId, unitId, notificationId),
      UpdateExpression: "SET readAt = if_not_exists(readAt, :now)",
      ConditionExpression: "attribute_exists(pk) AND personId = :p",
      ExpressionAttributeValues: { ":now": deps.clock.now().toISOString(), ":p": personId },
    });
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
