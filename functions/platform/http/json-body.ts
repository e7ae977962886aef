import type { MiddlewareHandler } from "hono";
import { appError } from "../errors";

/**
 * `application/json`, optionally with `charset=utf-8`, and nothing else. The validator in front of
 * each route would also parse `application/vnd.anything+json` and ignore a `charset=utf-16` it
 * then decodes as UTF-8: a body must mean exactly what it says, or be refused.
 */
export function isUtf8Json(contentType: string): boolean {
  const [essence = "", ...params] = contentType.split(";");
  if (essence.trim().toLowerCase() !== "application/json") return false;
  return params.every((param) => {
    const [name = "", value = ""] = param.split("=");
    return (
      name.trim().toLowerCase() === "charset" &&
      value
        .trim()
        .replace(/^"(.*)"$/, "$1")
        .toLowerCase() === "utf-8"
    );
  });
}

/**
 * On routes that take a JSON body: 415 `request.unsupported_media_type` (translated) for any other
 * declared type. Runs after the guard, so an anonymous caller still gets 401 first. A request
 * with a body and no type at all is refused with 415 by the validator that follows.
 */
export const jsonBodyOnly: MiddlewareHandler = async (c, next) => {
  const type = c.req.header("content-type");
  if (type !== undefined && !isUtf8Json(type)) throw appError("request.unsupported_media_type");
  await next();
};
