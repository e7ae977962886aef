import { describe, expect, it } from "vitest";
import { allContracts } from "../../routes";
import { routeGroupOf } from "./route-groups";

describe("route groups", () => {
  it("every contract path belongs to the group the contract declares", () => {
    for (const c of allContracts) expect(routeGroupOf(c.path.replace(/\{\w+\}/g, "x")), c.id).toBe(c.group);
  });

  it("operation ids are unique", () => {
    const ids = allContracts.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
