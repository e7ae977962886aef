import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import type { Locale } from "../platform/model/schemas";
import type { TransactItem } from "../platform/table";
import type { PersonItem } from "./persons";

/**
 * Writes to a person item. Each builds a transaction item or runs one update, always on an
 * existing person, so a typo in an id never creates a stray item.
 */
export function setPasswordItem(deps: AppDeps, personId: string, passwordHash: string): TransactItem {
  return {
    Update: {
      TableName: deps.table.name,
      Key: keys.person(personId),
      UpdateExpression: "SET passwordHash = :h",
      ConditionExpression: "attribute_exists(pk)",
      ExpressionAttributeValues: { ":h": passwordHash },
    },
  };
}

/** Name and password set together when an invited person accepts (sealed under their key). */
export async function setNameAndPasswordItem(
  deps: AppDeps,
  item: PersonItem,
  displayName: string,
  passwordHash: string,
): Promise<TransactItem> {
  const key = await deps.envelope.open({ kind: "person", personId: item.personId }, item.wrappedKey);
  return {
    Update: {
      TableName: deps.table.name,
      Key: keys.person(item.personId),
      UpdateExpression: "SET passwordHash = :h, nameSealed = :n",
      // Only a person who never set a password can be completed this way.
      ConditionExpression: "attribute_exists(pk) AND attribute_not_exists(passwordHash)",
      ExpressionAttributeValues: { ":h": passwordHash, ":n": key.seal(item.pk, "name", displayName) },
    },
  };
}

export async function setPassword(deps: AppDeps, personId: string, passwordHash: string): Promise<void> {
  await deps.table.transact([setPasswordItem(deps, personId, passwordHash)]);
}

export interface ProfileChange {
  displayName?: string;
  locale?: Locale;
}

/** Applies the given profile fields; the display name is sealed under the person's key. */
export async function updateProfile(deps: AppDeps, item: PersonItem, change: ProfileChange): Promise<void> {
  const sets: string[] = [];
  const values: Record<string, unknown> = {};
  if (change.displayName !== undefined) {
    const key = await deps.envelope.open({ kind: "person", personId: item.personId }, item.wrappedKey);
    sets.push("nameSealed = :n");
    values[":n"] = key.seal(item.pk, "name", change.displayName);
  }
  if (change.locale !== undefined) sets.push("#l = :l");
  if (change.locale !== undefined) values[":l"] = change.locale;
  if (sets.length === 0) return;
  await deps.table.update({
    Key: keys.person(item.personId),
    UpdateExpression: `SET ${sets.join(", ")}`,
    ConditionExpression: "attribute_exists(pk)",
    ...(change.locale !== undefined ? { ExpressionAttributeNames: { "#l": "locale" } } : {}),
    ExpressionAttributeValues: values,
  });
}
