import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getMe, signIn, signOut, updatePreferences } from "../../../functions/identity/contracts";
import { accountSummary } from "../../../functions/owner/contracts";
import { ApiError, clearSession, request, setRequestLanguage } from "./client";
import { parseRetryAfter } from "./errors";

const me = {
  userId: "u1",
  displayName: "Ana",
  email: "ana@example.com",
  locale: "ro",
  csrfToken: "token-1",
  platformOperator: false,
  memberships: [],
};

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}

const fetchMock = vi.fn<typeof fetch>();
const sent = (call: number) => {
  const [url, init] = fetchMock.mock.calls[call] ?? [];
  return { url: String(url), init: init as RequestInit, headers: new Headers((init as RequestInit).headers) };
};

beforeEach(() => {
  clearSession();
  setRequestLanguage("en");
  fetchMock.mockReset();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe("request", () => {
  it("sends the anonymous CSRF token on sign-in and the session's token afterwards", async () => {
    fetchMock.mockResolvedValueOnce(answer(200, me)).mockResolvedValueOnce(answer(200, { ok: true }));
    await request(signIn, { body: { email: "ana@example.com", password: "secret" } });
    await request(updatePreferences, { body: { locale: "pl" } });
    expect(sent(0).headers.get("x-csrf-token")).toBe("anonymous");
    expect(sent(0).init.credentials).toBe("same-origin");
    expect(sent(0).init.body).toBe(JSON.stringify({ email: "ana@example.com", password: "secret" }));
    expect(sent(1).init.method).toBe("PATCH");
    expect(sent(1).headers.get("x-csrf-token")).toBe("token-1");
  });

  it("sends no CSRF token on reads, and the UI language as Accept-Language", async () => {
    setRequestLanguage("uk");
    fetchMock.mockResolvedValueOnce(answer(200, me));
    await request(getMe);
    expect(sent(0).init.method).toBe("GET");
    expect(sent(0).headers.has("x-csrf-token")).toBe(false);
    expect(sent(0).headers.get("accept-language")).toBe("uk");
  });

  it("fills path parameters from the contract", async () => {
    fetchMock.mockResolvedValueOnce(answer(200, {}));
    await request(accountSummary, { params: { associationId: "as-1", unitId: "u 7" } });
    expect(sent(0).url).toBe("/api/owner/associations/as-1/units/u%207/summary");
  });

  it("forgets the token when the session has ended", async () => {
    fetchMock
      .mockResolvedValueOnce(answer(200, me))
      .mockResolvedValueOnce(answer(401, { error: { code: "auth.unauthenticated", message: "Sign in" } }))
      .mockResolvedValueOnce(answer(200, { ok: true }));
    await request(getMe);
    await expect(request(getMe)).rejects.toBeInstanceOf(ApiError);
    await request(signOut);
    expect(sent(2).headers.get("x-csrf-token")).toBe("anonymous");
  });

  it("rejects with the server's code, translated message, field errors and retry time", async () => {
    fetchMock.mockResolvedValueOnce(
      answer(
        429,
        {
          error: {
            code: "auth.throttled",
            message: "Prea multe încercări",
            fields: [{ path: "email", code: "x", message: "m" }],
          },
        },
        { "retry-after": "30" },
      ),
    );
    const error = await request(signIn, { body: { email: "a@b.co", password: "p" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      code: "auth.throttled",
      message: "Prea multe încercări",
      fields: [{ path: "email", code: "x", message: "m" }],
      retryAfter: 30,
    });
  });

  it("turns a body that is not the error envelope, or no answer at all, into an ApiError", async () => {
    fetchMock.mockResolvedValueOnce(new Response("Bad gateway", { status: 502 }));
    fetchMock.mockRejectedValueOnce(new TypeError("Failed to fetch"));
    await expect(request(getMe)).rejects.toMatchObject({ status: 502, code: "http.502", message: "" });
    await expect(request(getMe)).rejects.toMatchObject({ status: 0, code: "network.unreachable" });
  });
});

describe("parseRetryAfter", () => {
  it("reads seconds and HTTP dates", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("12", now)).toBe(12);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", now)).toBe(60);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
