import { Hono } from "hono";
import { handle } from "hono/aws-lambda";
import { describe, expect, it } from "vitest";
import { originCheck, originVerifyHeader, refuseDirectCalls, viewerAddressOf } from "./origin-check";

const secret = "s3cr3t-origin-value-generated-at-deploy-0123456789";

/** An API Gateway HTTP API (v2) event as the execute-api endpoint delivers it. */
function httpEvent(headers: Record<string, string>) {
  return {
    version: "2.0",
    routeKey: "ANY /api/{proxy+}",
    rawPath: "/api/whoami",
    rawQueryString: "",
    headers: { host: "abc.execute-api.eu-central-1.amazonaws.com", ...headers },
    requestContext: {
      accountId: "123456789012",
      apiId: "abc",
      domainName: "abc.execute-api.eu-central-1.amazonaws.com",
      domainPrefix: "abc",
      http: { method: "GET", path: "/api/whoami", protocol: "HTTP/1.1", sourceIp: "198.51.100.9", userAgent: "t" },
      requestId: "r1",
      routeKey: "ANY /api/{proxy+}",
      stage: "$default",
      time: "07/Dec/2026:09:00:00 +0000",
      timeEpoch: 1796634000000,
    },
    isBase64Encoded: false,
  };
}

/** The real Lambda adapter with a route that answers the address the limits would use. */
function lambdaFor(check: ReturnType<typeof originCheck>) {
  const app = new Hono();
  app.get("/api/whoami", (c) => c.json({ address: viewerAddressOf(check)(c) }));
  return refuseDirectCalls(check, handle(app));
}

async function call(check: ReturnType<typeof originCheck>, headers: Record<string, string>) {
  const answer = (await lambdaFor(check)(httpEvent(headers) as never)) as { statusCode: number; body: string };
  return { status: answer.statusCode, body: JSON.parse(answer.body) as Record<string, unknown> };
}

describe("origin check: CloudFront's secret header", () => {
  it("trusts CloudFront-Viewer-Address on a request that carries the origin secret", async () => {
    const check = originCheck(secret);
    const answer = await call(check, {
      [originVerifyHeader]: secret,
      "cloudfront-viewer-address": "203.0.113.7:51234",
    });
    expect(answer).toEqual({ status: 200, body: { address: "203.0.113.7" } });
    const v6 = await call(check, { [originVerifyHeader]: secret, "cloudfront-viewer-address": "2001:db8::1:443" });
    expect(v6.body.address).toBe("2001:db8::1");
  });

  it("refuses a direct call to the execute-api endpoint with a translated 403", async () => {
    const check = originCheck(secret);
    const variants: Record<string, string>[] = [
      { "cloudfront-viewer-address": "203.0.113.7:1" },
      { [originVerifyHeader]: `${secret}x`, "cloudfront-viewer-address": "203.0.113.7:1" },
      { [originVerifyHeader]: "" },
    ];
    for (const headers of variants) {
      const answer = await call(check, { ...headers, "accept-language": "ro" });
      expect(answer.status).toBe(403);
      const error = answer.body.error as { code: string; message: string };
      expect(error.code).toBe("auth.forbidden");
      expect(error.message).not.toBe("auth.forbidden");
    }
    const en = await call(check, {});
    const ro = await call(check, { "accept-language": "ro" });
    expect((en.body.error as { message: string }).message).not.toBe((ro.body.error as { message: string }).message);
  });

  it("without a secret (local runtime), never trusts a viewer address the caller wrote", async () => {
    const check = originCheck(undefined);
    expect(check.required).toBe(false);
    const answer = await call(check, {
      "cloudfront-viewer-address": "203.0.113.7:1",
      [originVerifyHeader]: "anything",
    });
    expect(answer).toEqual({ status: 200, body: { address: "198.51.100.9" } });
  });

  it("compares in constant time whatever the length, and rejects a short secret", () => {
    const check = originCheck(secret);
    expect(check.accepts(secret)).toBe(true);
    expect(check.accepts(secret.slice(0, 10))).toBe(false);
    expect(check.accepts(`${secret}${secret}`)).toBe(false);
    expect(check.accepts(undefined)).toBe(false);
    expect(() => originCheck("short")).toThrow("ORIGIN_VERIFY_SECRET_ARN");
  });
});
