import { loadPersonItem, openPerson, type PersonItem, type PersonView } from "../identity/persons";
import type { AppDeps } from "../platform/deps";
import type { MailContent } from "../platform/mailer";
import { claim, type DeliveryHead, markDigest, markSent } from "./delivery";
import { queueForDigest } from "./digest-queue";
import { takeHourlySlot } from "./hourly-limit";
import { deliverToInbox, type InboxMessage } from "./inbox";
import { notifyKeys } from "./keys";
import { type Channel, channels, type NotificationType, specOf } from "./model/catalogue";
import { type Choices, isOn } from "./model/choices";
import { deliveryIdOf, mailKeyOf } from "./model/delivery-id";
import { readChoices } from "./preferences";
import "./messages";

/** One message about one subject, as a domain hands it to the service. */
export interface Notice {
  type: NotificationType;
  associationId: string;
  /** What it is about, stable across runs (`2026-11/u012/first`): part of the once-only key. */
  subject: string;
  /** Path in the web app the inbox item links to. */
  link: string;
  /** The inbox text (also the digest's line). */
  message: InboxMessage;
  /** The email in the recipient's language; the domain words it. */
  email(person: PersonView): MailContent;
}

/**
 * What happened for one recipient: `sent` an email went out now; `digest` it waits for the
 * daily digest; `optedOut` only the inbox (the person does not want the email); `alreadySent`
 * a previous or concurrent run delivered it; `noEmail` no such person.
 */
export type NoticeOutcome = "sent" | "digest" | "optedOut" | "alreadySent" | "noEmail";

interface Recipient {
  item: PersonItem;
  choices: Choices;
}

async function recipientOf(deps: AppDeps, personId: string): Promise<Recipient | undefined> {
  const [item, choices] = await Promise.all([loadPersonItem(deps, personId), readChoices(deps, personId)]);
  return item ? { item, choices } : undefined;
}

const wants = (n: Notice, r: Recipient, channel: Channel) => isOn(n.type, channel, r.choices, r.item.notifications);

/** True when both channels already have a delivery record (the claims below still decide races). */
async function deliveredOnBoth(deps: AppDeps, deliveryId: string): Promise<boolean> {
  const found = await deps.table.batchGet(channels.map((c) => notifyKeys.delivery(deliveryId, c)));
  return found.length === channels.length;
}

/** Emails now, or queues for the digest when the type asks for it or the hourly allowance is used. */
async function email(deps: AppDeps, n: Notice, head: DeliveryHead, r: Recipient): Promise<NoticeOutcome> {
  if (!(await claim(deps, head, "email"))) return "alreadySent";
  const spec = specOf(n.type);
  const now = spec.email === "immediate" && (!spec.informational || (await takeHourlySlot(deps, head.personId)));
  if (!now) {
    await markDigest(deps, head.deliveryId);
    await queueForDigest(deps, head, n.link, n.message);
    return "digest";
  }
  const person = await openPerson(deps, r.item);
  const out = await deps.mailer.send({
    to: person.email,
    locale: person.locale,
    content: n.email(person),
    messageKey: mailKeyOf(n.type, head.deliveryId),
  });
  await markSent(deps, head.deliveryId, out.messageId);
  return "sent";
}

/**
 * Delivers a notice to one person once per channel they want: the inbox item and the email each
 * behind their own delivery record, claimed before anything is written or sent.
 */
export async function notify(deps: AppDeps, n: Notice, personId: string): Promise<NoticeOutcome> {
  const head: DeliveryHead = {
    deliveryId: deliveryIdOf(n.type, n.associationId, n.subject, personId),
    type: n.type,
    associationId: n.associationId,
    personId,
  };
  // A daily job meets the same notice every day until its subject changes: one read settles it.
  if (await deliveredOnBoth(deps, head.deliveryId)) return "alreadySent";
  const r = await recipientOf(deps, personId);
  if (!r) return "noEmail";
  const [inbox, mail] = [wants(n, r, "inbox"), wants(n, r, "email")];
  if (!inbox && !mail) return "optedOut";
  const inboxNew = inbox && (await deliverToInbox(deps, head, n.link, n.message));
  if (!mail) return inboxNew ? "optedOut" : "alreadySent";
  return email(deps, n, head, r);
}
