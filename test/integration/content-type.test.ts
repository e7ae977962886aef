import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";

/**
 * JSON bodies are read only when declared as exactly that: `application/json`, in UTF-8. Any other
 * type (a `+json` suffix, another charset, text, none) gets a translated 415 before parsing.
 */
let domus: TestDomus;
const owner = new ApiClient("", "ro");
const signIn = { email: "ana.popescu@example.com", password: "domus-demo-2026" };
type ErrorAnswer = { error: { code: string; message: string } };

beforeAll(async () => {
  domus = await startTestDomus();
  Object.assign(owner, { baseUrl: domus.url });
  expect((await owner.signIn(signIn.email)).status).toBe(200);
});

afterAll(async () => {
  await domus?.stop();
});

function postSignIn(contentType: string | undefined, body: BodyInit = JSON.stringify(signIn)) {
  const headers: Record<string, string> = { "accept-language": "ro", "x-csrf-token": "anonymous" };
  if (contentType !== undefined) headers["content-type"] = contentType;
  return fetch(`${domus.url}/api/auth/sign-in`, { method: "POST", headers, body });
}

async function expectUnsupported(res: Response) {
  expect(res.status).toBe(415);
  const body = (await res.json()) as ErrorAnswer;
  expect(body.error).toEqual({
    code: "request.unsupported_media_type",
    message: "Trimiteți cererea în format JSON.",
    fields: [],
  });
}

describe("request bodies", () => {
  it("refuses another charset, even when the bytes would parse", async () => {
    await expectUnsupported(await postSignIn("application/json; charset=utf-16"));
    const utf16 = Buffer.from(`\ufeff${JSON.stringify(signIn)}`, "utf16le");
    await expectUnsupported(await postSignIn("application/json; charset=utf-16", utf16));
    await expectUnsupported(await postSignIn("application/json; charset=iso-8859-1"));
  });

  it("refuses other JSON-looking and non-JSON types", async () => {
    for (const type of [
      "application/vnd.evil+json",
      "application/json-patch+json",
      "text/plain",
      "text/json",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; boundary=x",
    ]) {
      await expectUnsupported(await postSignIn(type));
    }
  });

  it("refuses a body without a type", async () => {
    await expectUnsupported(await postSignIn(undefined));
  });

  it("accepts application/json, with or without charset=utf-8 in any case", async () => {
    for (const type of ["application/json", "application/json; charset=utf-8", 'Application/JSON;charset="UTF-8"']) {
      const res = await postSignIn(type);
      expect(res.status, type).toBe(200);
    }
  });

  it("checks the session before the type, and the type on signed-in routes too", async () => {
    const anonymous = await new ApiClient(domus.url, "ro").call("PATCH", "/api/me/preferences", '{"locale":"ro"}', {
      "content-type": "application/vnd.evil+json",
    });
    expect(anonymous.status).toBe(401);
    const signedIn = await owner.call<ErrorAnswer>("PATCH", "/api/me/preferences", '{"locale":"ro"}', {
      "content-type": "application/vnd.evil+json",
    });
    expect(signedIn.status).toBe(415);
    expect(signedIn.body.error.code).toBe("request.unsupported_media_type");
    const ok = await owner.call("PATCH", "/api/me/preferences", { locale: "ro" });
    expect(ok.status).toBe(200);
  });
});
