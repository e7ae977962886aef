import { route } from "../platform/http/route";
import type { Locale } from "../platform/model/schemas";
import { activationSeconds, issueActivationCodes } from "./activation";
import { renderActivationLetters } from "./activation-letter";
import { associationFacts } from "./association-facts";
import { printActivationLetters } from "./contracts-admin";

/** Identity routes of the `files` group: printable activation letters (PDF). */
export const identityFileRoutes = [
  route(printActivationLetters, async (ctx, { params, body }) => {
    const association = await associationFacts(ctx.deps, params.associationId);
    const codes = await issueActivationCodes(ctx, params.associationId, body.unitIds);
    const validUntil = new Date(ctx.deps.clock.now().getTime() + activationSeconds * 1000).toISOString().slice(0, 10);
    const pdf = await renderActivationLetters(
      {
        associationName: association.name,
        portalUrl: `${ctx.deps.config.appUrl}/activate`,
        locale: association.locale as Locale,
        validUntil,
      },
      codes,
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="activation-letters-${params.associationId}.pdf"`,
        "cache-control": "no-store",
      },
    });
  }),
];
