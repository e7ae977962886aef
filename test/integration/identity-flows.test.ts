import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./support/client";
import { startTestDomus, type TestDomus } from "./support/domus";
import { freshCode, latestMailTo, signInWithTotp, tokenFromMail } from "./support/identity";

const ro = "ro-lalelelor-m7";
const password = "a long walk by the river 2026";
let domus: TestDomus;

beforeAll(async () => {
  domus = await startTestDomus();
});
afterAll(async () => {
  await domus?.stop();
});

async function chairman(): Promise<ApiClient> {
  const api = new ApiClient(domus.url);
  expect((await signInWithTotp(api, "ion.ionescu@example.com")).status).toBe(200);
  return api;
}

describe("invitation → password → TOTP → sign in again", () => {
  it("takes a new board member from the invitation email to a TOTP sign-in", async () => {
    const boss = await chairman();
    const email = "new.board@example.com";
    const invited = await boss.post(`/api/admin/associations/${ro}/invitations`, {
      email,
      role: "board",
      locale: "ro",
    });
    expect(invited.status).toBe(201);
    const mail = await latestMailTo(domus.mailStoreUrl, email);
    expect(mail?.subject).toContain("Invitație");
    const token = tokenFromMail(mail, "invite");

    const guest = new ApiClient(domus.url);
    const preview = await guest.post<{ role: string; needsAccount: boolean }>("/api/auth/invitations/preview", {
      token,
    });
    expect(preview.body).toMatchObject({ role: "board", needsAccount: true });
    const weak = await guest.post("/api/auth/invitations/accept", { token, displayName: "Nou", password: "short" });
    expect(weak.status).toBe(400);
    const accepted = await guest.post<{ mustEnrollTotp: boolean; csrfToken: string }>("/api/auth/invitations/accept", {
      token,
      displayName: "Nou Membru",
      password,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.mustEnrollTotp).toBe(true);
    guest.csrf = accepted.body.csrfToken;
    const reused = await new ApiClient(domus.url).post("/api/auth/invitations/accept", {
      token,
      displayName: "X",
      password,
    });
    expect(reused.status).toBe(400);

    // Until enrolment, a privileged session reaches only self-service routes.
    const blocked = await guest.get<{ error: { code: string } }>(`/api/admin/associations/${ro}/members`);
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe("identity.totp_required");

    const enrol = await guest.post<{ secret: string; qrDataUrl: string }>("/api/me/totp/enrolment", {
      currentPassword: password,
    });
    expect(enrol.status).toBe(200);
    expect(enrol.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrol.body.secret;
    const confirmed = await guest.post<{ recoveryCodes: string[] }>("/api/me/totp/confirm", {
      code: await freshCode(email, secret),
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(10);
    expect((await guest.get(`/api/admin/associations/${ro}/members`)).status).toBe(200);

    expect((await guest.post("/api/auth/sign-out")).status).toBe(200);
    const again = new ApiClient(domus.url);
    const step1 = await again.post<{ challenge: string; challengeToken: string }>("/api/auth/sign-in", {
      email,
      password,
    });
    expect(step1.body.challenge).toBe("totp");
    const code = await freshCode(email, secret);
    const step2 = await again.post<{ csrfToken: string }>("/api/auth/sign-in/totp", {
      challengeToken: step1.body.challengeToken,
      code,
    });
    expect(step2.status).toBe(200);
    // The same code never works twice.
    const replay = await new ApiClient(domus.url).post<{ challengeToken: string }>("/api/auth/sign-in", {
      email,
      password,
    });
    const reusedCode = await new ApiClient(domus.url).post("/api/auth/sign-in/totp", {
      challengeToken: replay.body.challengeToken,
      code,
    });
    expect(reusedCode.status).toBe(401);
    // A recovery code works once.
    const recovery = confirmed.body.recoveryCodes[0];
    const r1 = await new ApiClient(domus.url).post<{ challengeToken: string }>("/api/auth/sign-in", {
      email,
      password,
    });
    expect(
      (
        await new ApiClient(domus.url).post("/api/auth/sign-in/totp", {
          challengeToken: r1.body.challengeToken,
          code: recovery,
        })
      ).status,
    ).toBe(200);
    const r2 = await new ApiClient(domus.url).post<{ challengeToken: string }>("/api/auth/sign-in", {
      email,
      password,
    });
    expect(
      (
        await new ApiClient(domus.url).post("/api/auth/sign-in/totp", {
          challengeToken: r2.body.challengeToken,
          code: recovery,
        })
      ).status,
    ).toBe(401);

    const ana = new ApiClient(domus.url);
    await ana.signIn("ana.popescu@example.com");
    expect((await ana.get(`/api/admin/associations/${ro}/members`)).status).toBe(403);
    const audit = await boss.get<{ items: { action: string; outcome: string }[] }>(
      `/api/admin/associations/${ro}/audit?limit=100`,
    );
    const actions = audit.body.items.map((i) => `${i.action}:${i.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        "member.invite:success",
        "member.join:success",
        "auth.sign_in:success",
        "auth.sign_in:failure",
        "members.read:denied",
      ]),
    );
  });

  it("prints activation letters and lets an owner activate with the code, once", async () => {
    const boss = await chairman();
    const pdf = await boss.call("POST", `/api/files/associations/${ro}/activation-letters`, { unitIds: ["u021"] });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(String(pdf.body).startsWith("%PDF")).toBe(true);
    // The code is only in the PDF; issue a fresh one through the model to learn it in the test.
    const { issueActivationCodes } = await import("../../functions/identity/activation");
    const ctx = { deps: domus.deps, actor: undefined, requestId: "test" } as unknown as Parameters<
      typeof issueActivationCodes
    >[0];
    const [issued] = await issueActivationCodes(ctx, ro, ["u021"]);
    const owner = new ApiClient(domus.url);
    const body = {
      code: issued?.code.toLowerCase() ?? "",
      email: "paper.owner@example.com",
      displayName: "Paper Owner",
      password,
    };
    const activated = await owner.post<{ memberships: { units: { unitId: string }[] }[] }>("/api/auth/activate", body);
    expect(activated.status).toBe(200);
    expect(activated.body.memberships[0]?.units[0]?.unitId).toBe("u021");
    const again = await new ApiClient(domus.url).post("/api/auth/activate", {
      ...body,
      email: "someone.else@example.com",
    });
    expect(again.status).toBe(400);
  });

  it("revokes a member's sessions when the chairman changes or removes their roles", async () => {
    const boss = await chairman();
    const ana = new ApiClient(domus.url);
    await ana.signIn("ana.popescu@example.com");
    const me = await ana.get<{ userId: string }>("/api/me");
    const change = await boss.call("PUT", `/api/admin/associations/${ro}/members/${me.body.userId}`, {
      roles: ["coowner"],
      unitIds: ["u012"],
    });
    expect(change.status).toBe(200);
    expect((await ana.get("/api/me")).status).toBe(401);
    const ana2 = new ApiClient(domus.url);
    const back = await ana2.signIn("ana.popescu@example.com");
    expect((back.body as unknown as { memberships: { roles: string[] }[] }).memberships[0]?.roles).toEqual(["coowner"]);
    expect((await boss.call("DELETE", `/api/admin/associations/${ro}/members/${me.body.userId}`)).status).toBe(200);
    expect((await ana2.get("/api/me")).status).toBe(401);
    const mass = await boss.call<{ error: { fields: { path: string; code: string }[] } }>(
      "PUT",
      `/api/admin/associations/${ro}/members/${me.body.userId}`,
      {
        roles: ["owner"],
        unitIds: ["u012"],
        associationId: "pl-rozana-12",
      },
    );
    expect(mass.status).toBe(400);
    expect(mass.body.error.fields).toContainEqual(expect.objectContaining({ path: "associationId", code: "unknown" }));
  });
});
