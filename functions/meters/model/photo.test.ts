import { describe, expect, it } from "vitest";
import { acceptPhoto, maxPhotoBytes, photoExtension, photoTypeOfKey } from "./photo";

describe("meter photos", () => {
  it("accepts the phone formats up to 4 MB", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp", "image/heic"]) {
      expect(acceptPhoto(type, maxPhotoBytes)).toEqual({ ok: true, type });
    }
  });

  it("refuses another type and a larger file, naming each field", () => {
    expect(acceptPhoto("application/pdf", maxPhotoBytes + 1)).toEqual({
      ok: false,
      issues: [
        { path: "contentType", code: "meters.photo_type" },
        { path: "size", code: "meters.photo_too_large", params: { max: "4 MB" } },
      ],
    });
    expect(acceptPhoto("image/svg+xml", 100)).toMatchObject({ ok: false, issues: [{ code: "meters.photo_type" }] });
    expect(acceptPhoto("image/png", maxPhotoBytes + 1)).toMatchObject({
      ok: false,
      issues: [{ code: "meters.photo_too_large" }],
    });
  });

  it("reads the type back from a stored key", () => {
    expect(photoTypeOfKey(`a/meters/u1/m1/ph1.${photoExtension("image/webp")}`)).toBe("image/webp");
    expect(photoTypeOfKey("a/meters/u1/m1/ph1.heic")).toBe("image/heic");
  });
});
