import { type Channel, catalogue, type NotificationType, specOf } from "./catalogue";

/** A person's own choices: type → channel → on/off. Anything not chosen follows the catalogue. */
export type Choices = Partial<Record<NotificationType, Partial<Record<Channel, boolean>>>>;

/**
 * The email switches people saved before the notification service existed (stored on the person
 * item, no longer written). They still count until the person chooses again for that type.
 */
export interface LegacyEmailChoices {
  announcements?: boolean;
  charges?: boolean;
  paymentReminders?: boolean;
  messages?: boolean;
  meterReminders?: boolean;
}

/** What an old switch meant for a type's email, or undefined when it said nothing about it. */
function legacyEmail(type: NotificationType, legacy: LegacyEmailChoices | undefined): boolean | undefined {
  if (!legacy) return undefined;
  if (type === "billing.month_published") return legacy.charges;
  if (type.startsWith("payments.")) return legacy.paymentReminders;
  // Meter reminders chosen before their own switch existed followed the announcements choice.
  if (type.startsWith("meters.")) return legacy.meterReminders ?? legacy.announcements;
  return undefined;
}

/** Whether a person gets a type on a channel: never off when mandatory, never on when not allowed. */
export function isOn(type: NotificationType, channel: Channel, choices: Choices, legacy?: LegacyEmailChoices): boolean {
  const spec = specOf(type);
  if (!spec.channels.includes(channel)) return false;
  if (spec.mandatory) return true;
  const own = choices[type]?.[channel];
  if (own !== undefined) return own;
  const old = channel === "email" ? legacyEmail(type, legacy) : undefined;
  return old ?? spec.defaults.includes(channel);
}

export interface ChoiceChange {
  type: NotificationType;
  channel: Channel;
  on: boolean;
}

/** A change a person may not make, with the index of the offending entry (for the field path). */
export type ChoiceProblem = { index: number; code: "notifications.mandatory" | "notifications.channel_unavailable" };

/** Checks requested changes against the catalogue (pure). */
export function problemsOf(changes: readonly ChoiceChange[]): ChoiceProblem[] {
  const out: ChoiceProblem[] = [];
  changes.forEach((c, index) => {
    const spec = catalogue[c.type];
    if (!(spec.channels as readonly Channel[]).includes(c.channel))
      out.push({ index, code: "notifications.channel_unavailable" });
    else if (spec.mandatory && !c.on) out.push({ index, code: "notifications.mandatory" });
  });
  return out;
}

/** The choices after applying changes (later entries win). */
export function applyChanges(choices: Choices, changes: readonly ChoiceChange[]): Choices {
  const out: Choices = structuredClone(choices);
  for (const c of changes) out[c.type] = { ...out[c.type], [c.channel]: c.on };
  return out;
}
