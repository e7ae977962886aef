import type { AppDeps } from "../platform/deps";
import { isConditionFailure } from "../platform/table";
import { notifyKeys } from "./keys";
import { mailEventOf, sesBodiesOf } from "./model/ses-event";

/**
 * Records SES bounces and complaints on the email's delivery record. In AWS the SES configuration
 * set (lib/mail-stack.ts) publishes these events; a rule sends them to a Lambda that calls this
 * (see docs/notifications.md). An event about an email we have no record of changes nothing.
 */
export async function applySesEvent(deps: AppDeps, event: unknown): Promise<{ updated: number; ignored: number }> {
  const out = { updated: 0, ignored: 0 };
  for (const body of sesBodiesOf(event)) {
    const e = mailEventOf(body);
    if (!e) {
      out.ignored += 1;
      continue;
    }
    try {
      await deps.table.update({
        Key: notifyKeys.delivery(e.deliveryId, "email"),
        UpdateExpression: "SET #s = :s, eventAt = :t, permanent = :p",
        ConditionExpression: "attribute_exists(pk)",
        ExpressionAttributeNames: { "#s": "status" },
        ExpressionAttributeValues: { ":s": e.status, ":t": e.at || deps.clock.now().toISOString(), ":p": e.permanent },
      });
      out.updated += 1;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      out.ignored += 1;
    }
  }
  return out;
}
