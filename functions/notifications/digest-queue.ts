import type { AppDeps } from "../platform/deps";
import type { DeliveryHead } from "./delivery";
import type { InboxMessage } from "./inbox";
import { notifyKeys } from "./keys";

/** An email that waits for the association's daily digest. */
export interface DigestEntry {
  pk: string;
  sk: string;
  deliveryId: string;
  personId: string;
  type: string;
  link: string;
  message: InboxMessage;
  queuedAt: string;
}

export async function queueForDigest(deps: AppDeps, head: DeliveryHead, link: string, message: InboxMessage) {
  const entry: DigestEntry = {
    ...notifyKeys.digestEntry(head.associationId, head.personId, head.deliveryId),
    deliveryId: head.deliveryId,
    personId: head.personId,
    type: head.type,
    link,
    message,
    queuedAt: deps.clock.now().toISOString(),
  };
  await deps.table.put(entry);
}

/** Everything waiting in an association's digest, by person. */
export async function waitingByPerson(deps: AppDeps, associationId: string): Promise<Map<string, DigestEntry[]>> {
  const entries = await deps.table.queryAll<DigestEntry>(notifyKeys.digestEntry(associationId, "", "").pk);
  const out = new Map<string, DigestEntry[]>();
  for (const e of entries) out.set(e.personId, [...(out.get(e.personId) ?? []), e]);
  return out;
}

export async function removeFromDigest(deps: AppDeps, associationId: string, personId: string, deliveryIds: string[]) {
  for (const id of deliveryIds) await deps.table.delete(notifyKeys.digestEntry(associationId, personId, id));
}
