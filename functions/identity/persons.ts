import { blindIndex } from "../platform/crypto/blind-index";
import type { AppDeps } from "../platform/deps";
import { appError } from "../platform/errors";
import { keys } from "../platform/keys";
import type { Locale } from "../platform/model/schemas";
import { cancellationCodes, isConditionFailure, type TransactItem } from "../platform/table";

/**
 * A person: one login across associations. Email and name are sealed under the person's own
 * data key; lookups by email go through an HMAC blind index item.
 */
export interface PersonItem {
  pk: string;
  sk: string;
  personId: string;
  wrappedKey: string;
  emailSealed: string;
  nameSealed: string;
  emailIndex: string;
  passwordHash?: string;
  locale: Locale;
  platformOperator: boolean;
  createdAt: string;
  /** TOTP secret sealed under the person's key (field `totp`); present once enrolment is confirmed. */
  totpSealed?: string;
  /** A secret being enrolled, not yet confirmed with a code (field `totpPending`). */
  totpPendingSealed?: string;
  /** The last TOTP time step accepted: a code is never accepted twice. */
  totpLastStep?: number;
  /** SHA-256 of the unused recovery codes. */
  recoveryHashes?: Set<string>;
  /**
   * Email switches saved before the notification service: no longer written, still read by
   * notifications/model/choices.ts until the person chooses again (their choices live there now).
   */
  notifications?: LegacyEmailChoices;
}

/** The old switches as stored; any may be missing. */
export interface LegacyEmailChoices {
  announcements?: boolean;
  charges?: boolean;
  paymentReminders?: boolean;
  messages?: boolean;
  meterReminders?: boolean;
}

export interface PersonView {
  personId: string;
  email: string;
  displayName: string;
  locale: Locale;
  platformOperator: boolean;
  passwordHash?: string;
  totpEnabled: boolean;
}

export async function emailIndexOf(deps: AppDeps, email: string): Promise<string> {
  return blindIndex(await deps.secrets.get("blind-index"), "email", email);
}

/**
 * Creates a person and claims the email atomically; a taken email is a 409 `identity.email_taken`.
 * `extra` adds writes to the same transaction (a membership, a consumed activation code), so a
 * person never exists half-made. Without a password the person can be invited but not sign in.
 */
export async function createPerson(
  deps: AppDeps,
  input: { email: string; displayName: string; locale: Locale; passwordHash?: string; platformOperator?: boolean },
  extra: (personId: string) => TransactItem[] = () => [],
): Promise<string> {
  const personId = deps.ids.next("p");
  const scope = { kind: "person" as const, personId };
  const { wrapped, key } = await deps.envelope.create(scope);
  const itemId = keys.person(personId).pk;
  const emailIndex = await emailIndexOf(deps, input.email);
  const item: PersonItem = {
    ...keys.person(personId),
    personId,
    wrappedKey: wrapped,
    emailSealed: key.seal(itemId, "email", input.email.trim().toLowerCase()),
    nameSealed: key.seal(itemId, "name", input.displayName),
    emailIndex,
    passwordHash: input.passwordHash,
    locale: input.locale,
    platformOperator: input.platformOperator ?? false,
    createdAt: deps.clock.now().toISOString(),
  };
  try {
    await deps.table.transact([
      { Put: { TableName: deps.table.name, Item: item, ConditionExpression: "attribute_not_exists(pk)" } },
      {
        Put: {
          TableName: deps.table.name,
          Item: { ...keys.emailIndex(emailIndex), personId },
          ConditionExpression: "attribute_not_exists(pk)",
        },
      },
      ...extra(personId),
    ]);
  } catch (error) {
    if (emailClaimFailed(error)) throw appError("identity.email_taken", { status: 409 });
    throw error;
  }
  return personId;
}

/** The email index is the transaction's second write; other failures belong to `extra`. */
function emailClaimFailed(error: unknown): boolean {
  const codes = cancellationCodes(error);
  return codes.length > 0 ? codes[1] === "ConditionalCheckFailed" : isConditionFailure(error);
}

export async function findPersonIdByEmail(deps: AppDeps, email: string): Promise<string | undefined> {
  const item = await deps.table.get<{ pk: string; sk: string; personId: string }>(
    keys.emailIndex(await emailIndexOf(deps, email)),
  );
  return item?.personId;
}

export async function loadPersonItem(deps: AppDeps, personId: string): Promise<PersonItem | undefined> {
  return deps.table.get<PersonItem>(keys.person(personId), true);
}

export async function loadPerson(deps: AppDeps, personId: string): Promise<PersonView | undefined> {
  const item = await deps.table.get<PersonItem>(keys.person(personId));
  return item ? openPerson(deps, item) : undefined;
}

export async function openPerson(deps: AppDeps, item: PersonItem): Promise<PersonView> {
  const key = await deps.envelope.open({ kind: "person", personId: item.personId }, item.wrappedKey);
  return {
    personId: item.personId,
    email: key.open(item.pk, "email", item.emailSealed),
    displayName: key.open(item.pk, "name", item.nameSealed),
    locale: item.locale,
    platformOperator: item.platformOperator,
    passwordHash: item.passwordHash,
    totpEnabled: item.totpSealed !== undefined,
  };
}

export async function setPersonLocale(deps: AppDeps, personId: string, locale: Locale): Promise<void> {
  await deps.table.update({
    Key: keys.person(personId),
    UpdateExpression: "SET #l = :l",
    ConditionExpression: "attribute_exists(pk)",
    ExpressionAttributeNames: { "#l": "locale" },
    ExpressionAttributeValues: { ":l": locale },
  });
}
