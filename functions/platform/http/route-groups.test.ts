import { describe, expect, it } from "vitest";
import { contractList } from "../../contracts";
import { allContracts, routesByGroup } from "../../routes";
import { routeGroupNames, routeGroupOf } from "./route-groups";

describe("route groups", () => {
  it("every contract path belongs to the group the contract declares", () => {
    for (const c of allContracts) expect(routeGroupOf(c.path.replace(/\{\w+\}/g, "x")), c.id).toBe(c.group);
  });

  it("operation ids are unique", () => {
    const ids = allContracts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(routeGroupNames)("the %s group file holds only %s routes", (group) => {
    for (const r of routesByGroup[group]) expect(r.contract.group, r.contract.id).toBe(group);
  });

  it("the contract list for the OpenAPI document matches the routes exactly", () => {
    const ids = (list: { id: string }[]) => list.map((c) => c.id).sort();
    expect(ids(contractList)).toEqual(ids(allContracts));
  });
});
