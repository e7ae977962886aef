import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import { cancellationCodes, type TransactItem } from "../platform/table";
import { portalLink, sendIdentityMail } from "./mail";
import { consumeToken, newSecret, readToken, tokenInvalid, tokenItem } from "./one-time-tokens";
import { emailIndexOf, loadPersonItem, type PersonItem } from "./persons";

/** Confirmation links for a new address live one day. */
const confirmSeconds = 24 * 3600;

interface EmailChangeData {
  personId: string;
  /** The new address, sealed under the person's key (bound to this token item). */
  newEmailSealed: string;
}

/**
 * Sends a confirmation link to the new address. Whether the address is free is decided only at
 * confirmation, so this answer never tells anyone that an address has an account.
 */
export async function requestEmailChange(deps: AppDeps, item: PersonItem, newEmail: string): Promise<void> {
  const secret = newSecret();
  const key = await deps.envelope.open({ kind: "person", personId: item.personId }, item.wrappedKey);
  const draft = tokenItem(deps, "email", secret, confirmSeconds, { personId: item.personId, newEmailSealed: "" });
  draft.newEmailSealed = key.seal(draft.pk, "newEmail", newEmail);
  await deps.table.put(draft);
  const link = portalLink(deps, "confirm-email", secret);
  await sendIdentityMail(deps, newEmail, item.locale, "email_change", { link });
}

/** Moves the blind index to the new address and re-seals the email, all in one transaction. */
export async function confirmEmailChange(deps: AppDeps, token: string): Promise<string> {
  const change = await readToken<EmailChangeData>(deps, "email", token);
  const person = change ? await loadPersonItem(deps, change.personId) : undefined;
  if (!change || !person) throw tokenInvalid();
  const key = await deps.envelope.open({ kind: "person", personId: person.personId }, person.wrappedKey);
  const newEmail = key.open(change.pk, "newEmail", change.newEmailSealed);
  const newIndex = await emailIndexOf(deps, newEmail);
  try {
    await deps.table.transact([
      consumeToken(deps, change),
      ...swapEmail(deps, person, newIndex, key.seal(person.pk, "email", newEmail)),
    ]);
  } catch (error) {
    const codes = cancellationCodes(error);
    if (codes[0] === "ConditionalCheckFailed") throw tokenInvalid();
    if (codes.includes("ConditionalCheckFailed")) throw appError("identity.email_taken", { status: 409 });
    throw error;
  }
  return person.personId;
}

function swapEmail(deps: AppDeps, person: PersonItem, newIndex: string, emailSealed: string): TransactItem[] {
  const table = deps.table.name;
  return [
    {
      Put: {
        TableName: table,
        Item: { ...keys.emailIndex(newIndex), personId: person.personId },
        ConditionExpression: "attribute_not_exists(pk)",
      },
    },
    { Delete: { TableName: table, Key: keys.emailIndex(person.emailIndex) } },
    {
      Update: {
        TableName: table,
        Key: keys.person(person.personId),
        UpdateExpression: "SET emailSealed = :e, emailIndex = :i",
        ConditionExpression: "emailIndex = :old",
        ExpressionAttributeValues: { ":e": emailSealed, ":i": newIndex, ":old": person.emailIndex },
      },
    },
  ];
}
