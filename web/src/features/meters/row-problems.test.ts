import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { rowProblems } from "./row-problems";

describe("row problems of a readings import", () => {
  it("names rows and the file's own columns, in the file's order", () => {
    const error = new ApiError(400, "request.invalid", "Some fields need attention.", [
      { path: "rows.12.values.1", code: "meters.negative", message: "negative" },
      { path: "rows.4", code: "meters.verification_expired", message: "expired" },
      { path: "rows.4.meterId", code: "meters.unknown_meter", message: "unknown" },
      { path: "content", code: "meters.empty_file", message: "empty" },
    ]);
    expect(rowProblems(error)).toEqual([
      { row: "", column: "content", message: "empty" },
      { row: "4", column: "", message: "expired" },
      { row: "4", column: "meterId", message: "unknown" },
      { row: "12", column: "value2", message: "negative" },
    ]);
  });

  it("has nothing to say about other failures", () => {
    expect(rowProblems(new Error("offline"))).toEqual([]);
  });
});
