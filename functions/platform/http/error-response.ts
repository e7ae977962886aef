import type { ZodError } from "zod";
import { AppError, appError, type FieldIssue } from "../errors";
import { translate } from "../i18n";
import type { Locale } from "../model/schemas";

/** Turns zod issues into field issues with stable codes (translation keys under `field.`). */
export function fieldIssuesOf(error: ZodError): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue[] => {
    const path = issue.path.map(String).join(".");
    switch (issue.code) {
      case "unrecognized_keys":
        return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, code: "unknown" }));
      case "invalid_type":
        return [{ path, code: (issue as { input?: unknown }).input === undefined ? "required" : "invalid_type" }];
      case "too_small": {
        const min = Number(issue.minimum);
        if (issue.origin === "string" && min === 1) return [{ path, code: "required" }];
        return [{ path, code: issue.origin === "string" ? "too_short" : "too_small", params: { min } }];
      }
      case "too_big": {
        const max = Number(issue.maximum);
        return [{ path, code: issue.origin === "string" ? "too_long" : "too_big", params: { max } }];
      }
      case "invalid_format":
        return [{ path, code: issue.format === "email" ? "invalid_email" : "invalid_format" }];
      case "invalid_value":
        return [{ path, code: "invalid_value" }];
      default:
        return [{ path, code: "invalid" }];
    }
  });
}

export interface ErrorBody {
  error: {
    code: string;
    message: string;
    fields: { path: string; code: string; message: string }[];
  };
}

/** The JSON users see for an error, translated; nothing internal leaks (no stack, no cause). */
export function errorBody(error: AppError, locale: Locale): ErrorBody {
  return {
    error: {
      code: error.code,
      message: translate(locale, error.code, error.params),
      fields: error.fields.map((f) => ({
        path: f.path,
        code: f.code,
        message: translate(locale, f.code.includes(".") ? f.code : `field.${f.code}`, f.params ?? {}),
      })),
    },
  };
}

export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  return appError("internal", { cause: error });
}
