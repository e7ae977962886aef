import { describe, expect, it } from "vitest";
import { actionRules, can, isPrivileged } from "../../functions/identity/model/policy";
import type { Actor, Membership } from "../../functions/platform/model/actor";
import type { Role } from "../../functions/platform/model/schemas";

const a = "assoc-a";
const b = "assoc-b";

function actor(memberships: Partial<Membership>[], platformOperator = false): Actor {
  return {
    personId: "p1",
    sessionHash: "h",
    csrfToken: "c",
    locale: "en",
    platformOperator,
    memberships: memberships.map((m) => ({ associationId: a, roles: [], unitIds: [], boardSeesAccounts: false, ...m })),
  };
}
const withRoles = (roles: Role[], unitIds: string[] = [], boardSeesAccounts = false) =>
  actor([{ roles, unitIds, boardSeesAccounts }]);

describe("the permission policy", () => {
  it("lets an owner read their own account and no other", () => {
    const owner = withRoles(["owner"], ["u1"]);
    expect(can(owner, "account.read", { associationId: a, unitId: "u1" })).toBe(true);
    expect(can(owner, "account.read", { associationId: a, unitId: "u2" })).toBe(false);
    expect(can(owner, "account.read", { associationId: b, unitId: "u1" })).toBe(false);
  });

  it("gives board members account access only when the association grants it", () => {
    expect(can(withRoles(["board"]), "account.read", { associationId: a, unitId: "u9" })).toBe(false);
    expect(can(withRoles(["board"], [], true), "account.read", { associationId: a, unitId: "u9" })).toBe(true);
  });

  it("keeps the auditor read-only and the accountant out of member management", () => {
    expect(can(withRoles(["auditor"]), "billing.read", { associationId: a })).toBe(true);
    expect(can(withRoles(["auditor"]), "billing.write", { associationId: a })).toBe(false);
    expect(can(withRoles(["auditor"]), "audit.read", { associationId: a })).toBe(true);
    expect(can(withRoles(["accountant"]), "members.manage", { associationId: a })).toBe(false);
    expect(can(withRoles(["chairman"]), "members.manage", { associationId: a })).toBe(true);
  });

  it("confines an administrator to the associations they administer", () => {
    const admin = actor([{ associationId: b, roles: ["administrator"] }]);
    expect(can(admin, "members.manage", { associationId: b })).toBe(true);
    expect(can(admin, "members.manage", { associationId: a })).toBe(false);
  });

  it("lets the platform operator create associations but read no tenant data", () => {
    const operator = actor([], true);
    expect(can(operator, "platform.associations.create", {})).toBe(true);
    for (const action of Object.keys(actionRules).filter((x) => !x.startsWith("platform."))) {
      expect(can(operator, action, { associationId: a, unitId: "u1" })).toBe(false);
    }
  });

  it("denies unknown actions and routes without an association", () => {
    expect(can(withRoles(["chairman"]), "members.delete_everything", { associationId: a })).toBe(false);
    expect(can(withRoles(["chairman"]), "members.manage", {})).toBe(false);
  });

  it("marks every role beyond owner and resident as privileged", () => {
    expect(isPrivileged(withRoles(["owner", "coowner", "resident"]).memberships, false)).toBe(false);
    for (const role of ["board", "chairman", "accountant", "auditor", "administrator"] as Role[]) {
      expect(isPrivileged(withRoles([role]).memberships, false)).toBe(true);
    }
    expect(isPrivileged([], true)).toBe(true);
  });
});
