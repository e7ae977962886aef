/**
 * The slice of Domus's OpenAPI document the fuzzer needs: every operation with its parameters,
 * its JSON request body and its documented answers. Read from the running app, never from the
 * sources, so the fuzzer checks what is published.
 */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  additionalProperties?: boolean | JsonSchema;
  default?: unknown;
};

export interface Parameter {
  name: string;
  in: "path" | "query";
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  id: string;
  method: string;
  /** The templated path, e.g. `/api/admin/associations/{associationId}/units`. */
  path: string;
  params: Parameter[];
  /** The JSON request body's schema, when the operation declares one. */
  body?: JsonSchema;
  /** Documented answers: status → content types → schema (JSON only). */
  responses: Record<string, Record<string, JsonSchema | undefined>>;
}

interface RawOperation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, RawOperation>>;
}

export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => ({
      id: raw.operationId,
      method: method.toUpperCase(),
      path,
      params: raw.parameters ?? [],
      body: raw.requestBody?.content?.["application/json"]?.schema,
      responses: Object.fromEntries(
        Object.entries(raw.responses ?? {}).map(([status, answer]) => [
          status,
          Object.fromEntries(Object.entries(answer.content ?? {}).map(([type, media]) => [type, media.schema])),
        ]),
      ),
    })),
  );
}

/** State-changing methods: the ones that may carry a body. */
export function sendsBody(op: Operation): boolean {
  return op.method !== "GET" && op.method !== "DELETE";
}
