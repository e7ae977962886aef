import type { PersonItem } from "../identity/persons";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { notifyKeys } from "./keys";
import { type Channel, catalogue, type NotificationType, notificationTypes } from "./model/catalogue";
import { applyChanges, type ChoiceChange, type Choices, isOn, problemsOf } from "./model/choices";
import "./messages";

interface ChoicesItem {
  pk: string;
  sk: string;
  choices: Choices;
  updatedAt: string;
}

export async function readChoices(deps: AppDeps, personId: string, consistent = false): Promise<Choices> {
  const item = await deps.table.get<ChoicesItem>(notifyKeys.choices(personId), consistent);
  return item?.choices ?? {};
}

/** One row of the preferences screen: a type and whether each of its channels is on. */
export interface PreferenceRow {
  type: NotificationType;
  mandatory: boolean;
  channels: { channel: Channel; on: boolean }[];
}

/** Every type of the catalogue with the person's effective choice per channel. */
export function preferenceRows(choices: Choices, person: Pick<PersonItem, "notifications">): PreferenceRow[] {
  return notificationTypes.map((type) => ({
    type,
    mandatory: catalogue[type].mandatory,
    channels: catalogue[type].channels.map((channel) => ({
      channel,
      on: isOn(type, channel, choices, person.notifications),
    })),
  }));
}

/**
 * Saves changes; a mandatory type switched off or a channel a type does not use is a translated
 * 422 naming the entry (`choices.2.on`), and nothing is saved.
 */
export async function saveChoices(deps: AppDeps, personId: string, changes: readonly ChoiceChange[]) {
  const problems = problemsOf(changes);
  if (problems.length > 0) {
    const fields = problems.map((p) => ({
      path: `choices.${p.index}.${p.code === "notifications.mandatory" ? "on" : "channel"}`,
      code: p.code,
    }));
    throw appError(problems[0]?.code ?? "notifications.mandatory", { status: 422, fields });
  }
  const choices = applyChanges(await readChoices(deps, personId, true), changes);
  const item: ChoicesItem = { ...notifyKeys.choices(personId), choices, updatedAt: deps.clock.now().toISOString() };
  await deps.table.put(item);
  return choices;
}
