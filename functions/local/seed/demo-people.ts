import type { Locale, Role } from "../../platform/model/schemas";

/**
 * Demo logins (listed in the README). One shared demo password; never used outside local mode.
 * Names are canaries too: the encryption test checks none appears in plaintext on disk.
 */
export const demoPassword = "domus-demo-2026";

/**
 * The TOTP secret of every privileged demo user (board, chairman, accountant, auditor,
 * administrators, operator): add it to an authenticator app once, or print the current code with
 * `npx tsx functions/local/totp-code.ts`. Owners have no second factor, so their sign-in stays simple.
 */
export const demoTotpSecret = "DOMVSDEMOTOTPSECRETKEYFORTESTING";

export interface DemoPerson {
  email: string;
  name: string;
  locale: Locale;
  platformOperator?: boolean;
  memberships: { associationId: string; roles: Role[]; unitNumbers: string[] }[];
}

export const ro = "ro-lalelelor-m7";
export const pl = "pl-rozana-12";

export const demoPeople: DemoPerson[] = [
  {
    email: "ana.popescu@example.com",
    name: "Ana Popescu",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["owner"], unitNumbers: ["12"] }],
  },
  {
    email: "mihai.dumitrescu@example.com",
    name: "Mihai Dumitrescu",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["coowner"], unitNumbers: ["12"] }],
  },
  {
    email: "elena.georgescu@example.com",
    name: "Elena Georgescu",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["resident"], unitNumbers: ["7"] }],
  },
  {
    email: "ion.ionescu@example.com",
    name: "Ion Ionescu",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["chairman", "owner"], unitNumbers: ["1"] }],
  },
  {
    email: "maria.stan@example.com",
    name: "Maria Stan",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["accountant"], unitNumbers: [] }],
  },
  {
    email: "radu.marin@example.com",
    name: "Radu Marin",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["auditor", "owner"], unitNumbers: ["3"] }],
  },
  {
    email: "victor.pop@example.com",
    name: "Victor Pop",
    locale: "ro",
    memberships: [{ associationId: ro, roles: ["board", "owner"], unitNumbers: ["5"] }],
  },
  {
    email: "jan.kowalski@example.com",
    name: "Jan Kowalski",
    locale: "pl",
    memberships: [{ associationId: pl, roles: ["owner"], unitNumbers: ["4"] }],
  },
  {
    email: "ewa.nowak@example.com",
    name: "Ewa Nowak",
    locale: "pl",
    memberships: [{ associationId: pl, roles: ["chairman", "owner"], unitNumbers: ["1"] }],
  },
  {
    email: "olga.shevchenko@example.com",
    name: "Olga Shevchenko",
    locale: "uk",
    memberships: [{ associationId: pl, roles: ["owner"], unitNumbers: ["9"] }],
  },
  {
    email: "admin@example.com",
    name: "Andrei Administrator",
    locale: "en",
    memberships: [
      { associationId: ro, roles: ["administrator"], unitNumbers: [] },
      { associationId: pl, roles: ["administrator"], unitNumbers: [] },
    ],
  },
  {
    email: "piotr.zarzadca@example.com",
    name: "Piotr Zarządca",
    locale: "pl",
    memberships: [{ associationId: pl, roles: ["administrator"], unitNumbers: [] }],
  },
  { email: "operator@example.com", name: "Platform Operator", locale: "en", platformOperator: true, memberships: [] },
];
