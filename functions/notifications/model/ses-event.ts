import { deliveryIdFromMailKey } from "./delivery-id";

/**
 * What an SES event (configuration set → EventBridge or SNS) says about one of our emails. SES
 * copies the email's tags into every event, so the `domus-key` tag leads back to the delivery.
 */
export interface MailEvent {
  deliveryId: string;
  status: "bounced" | "complained";
  /** Transient bounces (a full mailbox) do not mark an address as bad. */
  permanent: boolean;
  at: string;
}

interface SesEventBody {
  eventType?: string;
  notificationType?: string;
  mail?: { timestamp?: string; tags?: Record<string, string[]> };
  bounce?: { bounceType?: string; timestamp?: string };
  complaint?: { timestamp?: string };
}

/** The SES event bodies in an EventBridge event (`detail`) or an SNS batch (`Records[].Sns.Message`). */
export function sesBodiesOf(event: unknown): SesEventBody[] {
  const e = event as { detail?: SesEventBody; Records?: { Sns?: { Message?: string } }[] };
  if (e?.detail) return [e.detail];
  return (e?.Records ?? []).flatMap((r) => {
    try {
      return r.Sns?.Message ? [JSON.parse(r.Sns.Message) as SesEventBody] : [];
    } catch {
      return [];
    }
  });
}

/** A bounce or complaint about a notification's email, or undefined for anything else. */
export function mailEventOf(body: SesEventBody): MailEvent | undefined {
  const kind = body.eventType ?? body.notificationType;
  const tag = body.mail?.tags?.["domus-key"]?.[0];
  const deliveryId = tag ? deliveryIdFromMailKey(tag) : undefined;
  if (!deliveryId) return undefined;
  if (kind === "Bounce")
    return {
      deliveryId,
      status: "bounced",
      permanent: body.bounce?.bounceType === "Permanent",
      at: body.bounce?.timestamp ?? body.mail?.timestamp ?? "",
    };
  if (kind === "Complaint")
    return { deliveryId, status: "complained", permanent: true, at: body.complaint?.timestamp ?? "" };
  return undefined;
}
