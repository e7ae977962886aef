import { randomBytes } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DecryptionError, openBytes, openField, sealBytes, sealField } from "./aead";
import { KeyCache } from "./key-cache";

describe("field encryption", () => {
  it("round-trips any text and costs about 29 bytes over the plaintext", () => {
    const key = randomBytes(32);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const sealed = sealField(key, "item|field", text);
        expect(openField(key, "item|field", sealed)).toBe(text);
      }),
    );
    const sealed = sealField(key, "a", "x".repeat(300));
    expect(sealed.length - Math.ceil((300 * 4) / 3)).toBeLessThan(50);
  });

  it("refuses a ciphertext bound to another item or field, or under another key", () => {
    const key = randomBytes(32);
    const sealed = sealField(key, "A#a#U#1|ACCOUNT|balances", "{}");
    expect(() => openField(key, "A#a#U#2|ACCOUNT|balances", sealed)).toThrow(DecryptionError);
    expect(() => openField(key, "A#a#U#1|ACCOUNT|recent", sealed)).toThrow(DecryptionError);
    expect(() => openField(randomBytes(32), "A#a#U#1|ACCOUNT|balances", sealed)).toThrow(DecryptionError);
    expect(() => openField(key, "x", "v9.nope")).toThrow(DecryptionError);
  });
});

describe("file encryption", () => {
  it("round-trips a file, 28 bytes over it, and refuses it under another object key", () => {
    const key = randomBytes(32);
    const file = new Uint8Array(randomBytes(1000));
    const sealed = sealBytes(key, "A#a#U#1|a/debt-cases/u1/cd1|file", file);
    expect(sealed.length).toBe(1028);
    expect(openBytes(key, "A#a#U#1|a/debt-cases/u1/cd1|file", sealed)).toEqual(file);
    expect(() => openBytes(key, "A#a#U#1|a/debt-cases/u1/cd2|file", sealed)).toThrow(DecryptionError);
    expect(() => openBytes(key, "x", sealed.subarray(0, 20))).toThrow(DecryptionError);
  });
});

describe("the data-key cache", () => {
  it("holds at most its size, evicting the least recently used", () => {
    const cache = new KeyCache(2, 60_000, () => 0);
    cache.set("a", Buffer.alloc(32, 1));
    cache.set("b", Buffer.alloc(32, 2));
    cache.get("a");
    cache.set("c", Buffer.alloc(32, 3));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it("forgets keys after their lifetime and wipes them", () => {
    let now = 0;
    const cache = new KeyCache(10, 1000, () => now);
    const key = Buffer.alloc(32, 7);
    cache.set("a", key);
    now = 1000;
    expect(cache.get("a")).toBeUndefined();
    expect(key.every((b) => b === 0)).toBe(true);
  });
});
