import type { JsonSchema } from "./openapi";

/**
 * Paths into a JSON body and the schema that governs each: the fuzzer removes, retypes and fills
 * every one of them in turn.
 */
export type FieldPath = (string | number)[];

export interface Field {
  path: FieldPath;
  schema: JsonSchema;
}

/** Every field of a sample, depth first (objects by property, arrays by their first item). */
export function fieldsOf(value: unknown, schema: JsonSchema, path: FieldPath = []): Field[] {
  if (schema.anyOf || schema.oneOf) return [];
  if (Array.isArray(value)) {
    return value.length > 0 && schema.items ? nested(value[0], schema.items, [...path, 0]) : [];
  }
  if (value && typeof value === "object" && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, child]) =>
      key in (value as object) ? nested((value as Record<string, unknown>)[key], child, [...path, key]) : [],
    );
  }
  return [];
}

function nested(value: unknown, schema: JsonSchema, path: FieldPath): Field[] {
  return [{ path, schema }, ...fieldsOf(value, schema, path)];
}

/** A copy of `value` with the field at `path` replaced (or removed when `next` is `remove`). */
export const remove = Symbol("remove");

export function withField(value: unknown, path: FieldPath, next: unknown): unknown {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (next !== remove) parent[last] = next;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

export function pathText(path: FieldPath): string {
  return path.join(".");
}

export function isStringField(schema: JsonSchema): boolean {
  return schema.type === "string" || (Array.isArray(schema.type) && schema.type.includes("string"));
}
