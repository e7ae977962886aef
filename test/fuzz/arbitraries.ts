import fc from "fast-check";
import type { JsonSchema } from "./openapi";

/**
 * Valid values for a JSON Schema, as fast-check arbitraries. Random strings that merely match a
 * schema mostly bounce off domain rules, so a few field names get realistic values (amounts,
 * dates, emails) and fields named like an id take real ids of the running Domus.
 */
export type IdLookup = (name: string) => string[] | undefined;

const dateInYear = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const monthInYear = fc.integer({ min: 1, max: 12 }).map((m) => `2026-${String(m).padStart(2, "0")}`);
const decimal = fc
  .record({ units: fc.integer({ min: 0, max: 5000 }), cents: fc.integer({ min: 0, max: 99 }) })
  .map(({ units, cents }) => `${units}.${String(cents).padStart(2, "0")}`);
const email = fc.stringMatching(/^[a-z][a-z0-9]{0,15}@[a-z]{2,10}\.(com|ro|pl)$/);

const datePatterns = new Set(["^\\d{4}-\\d{2}-\\d{2}$", "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$"]);
const monthPatterns = new Set(["^\\d{4}-\\d{2}$", "^\\d{4}-(0[1-9]|1[0-2])$"]);

/** Realistic values for the field names that carry meaning (only when the schema allows them). */
function hintFor(key: string, schema: JsonSchema): fc.Arbitrary<unknown> | undefined {
  if (schema.type !== "string" || schema.enum) return undefined;
  if (schema.format === "email") return email;
  if (schema.pattern && datePatterns.has(schema.pattern)) return dateInYear;
  if (schema.pattern && monthPatterns.has(schema.pattern)) return monthInYear;
  if (/amount|area|price|percent|quantity|value/i.test(key) && !schema.pattern) return decimal;
  return undefined;
}

/** `complete` puts every optional property in, so the mutations reach every field. */
export function arbitraryFor(schema: JsonSchema, ids: IdLookup, key = "", complete = false): fc.Arbitrary<unknown> {
  const real = key && schema.type === "string" && !schema.enum ? ids(key) : undefined;
  if (real && real.length > 0) return fc.constantFrom(...real);
  if (schema.enum && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) return fc.oneof(...choices.map((s) => arbitraryFor(s, ids, key, complete)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryFor({ ...schema, type }, ids, key, complete)));
  }
  const hint = key ? hintFor(key, schema) : undefined;
  if (hint) return hint;
  switch (schema.type) {
    case "string":
      return stringFor(schema);
    case "integer":
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 10_000 });
    case "number":
      return fc.double({ min: schema.minimum ?? 0, max: schema.maximum ?? 10_000, noNaN: true });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 3, 3));
      return fc.array(arbitraryFor(schema.items ?? {}, ids, singular(key), complete), { minLength, maxLength });
    }
    case "object":
      return objectFor(schema, ids, complete);
    default:
      return fc.constant({});
  }
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength ?? Math.max(min, 24);
  if (schema.pattern) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= max);
  }
  if (schema.format === "email") return email.filter((s) => s.length <= max);
  return fc.string({ minLength: min, maxLength: Math.min(max, Math.max(min, 40)) });
}

function objectFor(schema: JsonSchema, ids: IdLookup, complete: boolean): fc.Arbitrary<unknown> {
  const props = schema.properties ?? {};
  const model = Object.fromEntries(Object.entries(props).map(([k, s]) => [k, arbitraryFor(s, ids, k, complete)]));
  if (complete) return fc.record(model);
  return fc.record(model, { requiredKeys: (schema.required ?? []).filter((k) => k in props) });
}

/** `unitIds` → `unitId`, so array items of ids take real ids too. */
function singular(key: string): string {
  return key.endsWith("Ids") ? key.slice(0, -1) : key;
}

/** One value from an arbitrary, reproducible from a seed. */
export function sampleOne<T>(arb: fc.Arbitrary<T>, seed: number): T {
  return fc.sample(arb, { seed, numRuns: 1 })[0] as T;
}
