import type { AppDeps } from "../platform/deps";
import { translate } from "../platform/i18n";
import type { Locale } from "../platform/model/schemas";

/**
 * Identity's emails. The wording lives in the message catalogues (`mail.<kind>.subject/text`) so
 * every email exists in the five languages; links are built from the configured portal address.
 */
export type IdentityMail = "invite" | "reset" | "email_change";

export async function sendIdentityMail(
  deps: AppDeps,
  to: string,
  locale: Locale,
  kind: IdentityMail,
  params: Record<string, string | number>,
): Promise<void> {
  await deps.mailer.send({
    to,
    locale,
    content: {
      subject: translate(locale, `mail.${kind}.subject`, params),
      text: translate(locale, `mail.${kind}.text`, params),
    },
    messageKey: `identity-${kind}`,
  });
}

/** A portal link for a one-time token; the token sits in the path so mail clients keep it whole. */
export function portalLink(deps: AppDeps, path: "invite" | "reset-password" | "confirm-email", token: string): string {
  return `${deps.config.appUrl}/${path}/${token}`;
}
