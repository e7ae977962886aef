import { loadPersonItem, openPerson } from "../identity/persons";
import type { AssociationJob } from "../kernel/jobs";
import type { AppDeps } from "../platform/deps";
import { translate } from "../platform/i18n";
import { isConditionFailure } from "../platform/table";
import type { AssociationProfile } from "../registry/associations";
import { dayInZone } from "../registry/zoned-day";
import { markSent } from "./delivery";
import { type DigestEntry, removeFromDigest, waitingByPerson } from "./digest-queue";
import { renderMessage } from "./inbox";
import { notifyKeys } from "./keys";
import { digestType } from "./model/catalogue";
import { deliveryIdOf, mailKeyOf } from "./model/delivery-id";
import "./messages";

interface DigestRecord {
  pk: string;
  sk: string;
  includes: string[];
}

/**
 * Claims today's digest for a person, naming what it carries. A rerun finds the claim and only
 * finishes the clean-up (the entries it names), so nobody gets the same digest twice.
 */
async function claimDigest(deps: AppDeps, a: AssociationProfile, personId: string, day: string, ids: string[]) {
  const deliveryId = deliveryIdOf(digestType, a.associationId, day, personId);
  const item = {
    ...notifyKeys.delivery(deliveryId, "email"),
    deliveryId,
    channel: "email",
    type: digestType,
    associationId: a.associationId,
    personId,
    status: "queued",
    includes: ids,
    createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.table.put(item, { ifAbsent: true });
    return { deliveryId, claimed: true, includes: ids };
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
    const done = await deps.table.get<DigestRecord>(notifyKeys.delivery(deliveryId, "email"), true);
    return { deliveryId, claimed: false, includes: done?.includes ?? [] };
  }
}

async function sendDigest(deps: AppDeps, a: AssociationProfile, personId: string, entries: DigestEntry[], key: string) {
  const item = await loadPersonItem(deps, personId);
  if (!item) return false;
  const person = await openPerson(deps, item);
  const locale = person.locale;
  const lines = entries.map((e) => `• ${renderMessage(e.message, locale)}\n  ${deps.config.appUrl}${e.link}`);
  const text = [
    translate(locale, "notify.digest.intro"),
    lines.join("\n\n"),
    translate(locale, "notify.digest.footer", { link: `${deps.config.appUrl}/account` }),
  ].join("\n\n");
  const subject = translate(locale, "notify.digest.subject", { association: a.name, count: entries.length });
  const out = await deps.mailer.send({ to: person.email, locale, content: { subject, text }, messageKey: key });
  return out.messageId;
}

async function digestFor(deps: AppDeps, a: AssociationProfile, day: string, personId: string, entries: DigestEntry[]) {
  const ids = entries.map((e) => e.deliveryId).sort();
  const c = await claimDigest(deps, a, personId, day, ids);
  if (c.claimed) {
    const messageId = await sendDigest(deps, a, personId, entries, mailKeyOf(digestType, c.deliveryId));
    if (messageId !== false) {
      await markSent(deps, c.deliveryId, messageId);
      for (const id of ids) await markSent(deps, id, messageId);
    }
  }
  await removeFromDigest(deps, a.associationId, personId, c.includes);
  return c.claimed;
}

/** notifications.digest: once a day, each person's waiting emails of the association in one email. */
export const notificationsDigestJob: AssociationJob<AssociationProfile> = {
  name: "notifications.digest",
  counts: ["digests", "alreadySent"],
  async runFor(deps, a, at) {
    const day = dayInZone(a.timezone, at);
    const count = { digests: 0, alreadySent: 0 };
    for (const [personId, entries] of await waitingByPerson(deps, a.associationId)) {
      if (await digestFor(deps, a, day, personId, entries)) count.digests += 1;
      else count.alreadySent += 1;
    }
    return count;
  },
};
