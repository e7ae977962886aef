import type { AppDeps } from "../../platform/deps";
import { appError } from "../../platform/errors";
import { keys } from "../../platform/keys";
import type { Country, Locale } from "../../platform/model/schemas";

/** The reminders of a debt, in the order they are sent. */
export const reminderStages = ["before", "first", "second", "notice"] as const;
export type ReminderStage = (typeof reminderStages)[number];

/** An association's own text for one stage in one language, used instead of the default paragraph. */
export interface ReminderWording {
  stage: ReminderStage;
  locale: Locale;
  text: string;
}

/** When reminders go out, counted in days from a debt's due date. */
export interface ReminderSettings {
  enabled: boolean;
  /** Days before the due date for the friendly reminder; 0 = none. */
  daysBeforeDue: number;
  firstAfterDays: number;
  secondAfterDays: number;
  /** Days after the due date for the formal notice (PDF letter). */
  noticeAfterDays: number;
  wording: ReminderWording[];
  updatedAt?: string;
}

const schedule = (before: number, first: number, second: number, notice: number) => ({
  enabled: true,
  daysBeforeDue: before,
  firstAfterDays: first,
  secondAfterDays: second,
  noticeAfterDays: notice,
  wording: [],
});

/**
 * Defaults per country. Romania: the formal notice after 30 days, when penalties may start
 * (Law 196/2018); Poland: a wezwanie do zapłaty after a month; Russia: after two months, when the
 * higher penalty band is near (ЖК РФ art. 155 §14).
 */
export const defaultReminderSettings: Record<Country, ReminderSettings> = {
  RO: schedule(3, 5, 15, 30),
  PL: schedule(3, 7, 14, 30),
  RU: schedule(3, 10, 30, 60),
  GENERIC: schedule(3, 7, 21, 45),
};

type SettingsItem = ReminderSettings & { pk: string; sk: string };

/** The stored settings, or the country's defaults (`stored: false`). */
export async function readReminderSettings(deps: AppDeps, associationId: string, country: Country) {
  const item = await deps.table.get<SettingsItem>(keys.reminderSettings(associationId));
  if (!item) return { settings: defaultReminderSettings[country], stored: false };
  const { pk: _pk, sk: _sk, ...settings } = item;
  return { settings: { ...settings, wording: settings.wording ?? [] }, stored: true };
}

/** Checks that stages come in order and one wording per stage and language (`reminders.*` 422). */
export function checkReminderSettings(s: ReminderSettings): void {
  if (!(s.firstAfterDays < s.secondAfterDays && s.secondAfterDays < s.noticeAfterDays)) {
    throw appError("reminders.order_invalid");
  }
  const seen = new Set(s.wording.map((w) => `${w.stage}|${w.locale}`));
  if (seen.size !== s.wording.length) throw appError("reminders.wording_duplicate");
}

export async function writeReminderSettings(deps: AppDeps, associationId: string, s: ReminderSettings) {
  checkReminderSettings(s);
  const item: SettingsItem = {
    ...keys.reminderSettings(associationId),
    ...s,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.table.put(item);
  return item;
}
