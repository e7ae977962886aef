import type { AppDeps } from "../platform/deps";
import { keys } from "../platform/keys";
import { isConditionFailure, type TransactItem } from "../platform/table";
import type { AssociationProfile } from "./associations";

/**
 * The platform-wide index of declared bank accounts: one item per normalised account naming the
 * associations allowed to declare it. Bank statements and card payments are matched to an
 * association by its account, so an association must not declare another one's account (and so
 * read its money) unless the platform operator confirmed it (a shared or handed-over account).
 * Claims are conditional writes in the same transaction as the profile, so two associations
 * declaring the same account at once cannot both succeed.
 */
export interface IbanClaimItem {
  pk: string;
  sk: string;
  account: string;
  /** The association that declared it first. */
  associationId: string;
  /** Every association allowed to declare it (the first one and those the operator confirmed). */
  allowed: Set<string>;
}

type Bank = AssociationProfile["bankAccounts"][number];

/** The index key of an account: the IBAN as stored; a Russian account only with its bank's BIC. */
export function claimedAccount(bank: Bank): string {
  return bank.bic && !/^[A-Z]{2}\d{2}/.test(bank.iban) ? `${bank.bic}/${bank.iban}` : bank.iban;
}

/** The distinct accounts of a profile. */
export function accountsOf(profile: Pick<AssociationProfile, "bankAccounts">): string[] {
  return [...new Set(profile.bankAccounts.map(claimedAccount))];
}

/**
 * A transaction item claiming `account` for `associationId`. Unconfirmed, it holds only when
 * nobody declared the account yet or the association is already allowed; `confirmed` (the
 * operator creating an association or confirming a claim) adds the association regardless.
 */
export function claimItem(deps: AppDeps, account: string, associationId: string, confirmed = false): TransactItem {
  return {
    Update: {
      TableName: deps.table.name,
      Key: keys.ibanClaim(account),
      UpdateExpression: "SET account = :account, associationId = if_not_exists(associationId, :a) ADD allowed :me",
      ...(confirmed ? {} : { ConditionExpression: "attribute_not_exists(pk) OR contains(allowed, :a)" }),
      ExpressionAttributeValues: { ":account": account, ":a": associationId, ":me": new Set([associationId]) },
    },
  };
}

/**
 * Lets go of accounts the association no longer declares, so another association may declare
 * them: the item goes when the association was the only one allowed, else the association leaves
 * its list. Best effort: a claim changed meanwhile (the operator confirmed someone) is left as is.
 */
export async function releaseClaims(deps: AppDeps, associationId: string, accounts: readonly string[]): Promise<void> {
  for (const account of accounts) {
    const values = { ":a": associationId, ":one": 1 };
    await ignoreCondition(
      deps.table.transact([
        {
          Delete: {
            TableName: deps.table.name,
            Key: keys.ibanClaim(account),
            ConditionExpression: "contains(allowed, :a) AND size(allowed) = :one",
            ExpressionAttributeValues: values,
          },
        },
      ]),
    );
    await ignoreCondition(
      deps.table.update({
        Key: keys.ibanClaim(account),
        UpdateExpression: "DELETE allowed :me",
        ConditionExpression: "contains(allowed, :a) AND size(allowed) > :one",
        ExpressionAttributeValues: { ...values, ":me": new Set([associationId]) },
      }),
    );
  }
}

async function ignoreCondition(write: Promise<unknown>): Promise<void> {
  try {
    await write;
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}

/** The claim of an account, if any association declared it. */
export async function readClaim(deps: AppDeps, account: string): Promise<IbanClaimItem | undefined> {
  return deps.table.get<IbanClaimItem>(keys.ibanClaim(account), true);
}
