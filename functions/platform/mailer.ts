import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { translate } from "./i18n";
import type { Locale } from "./model/schemas";

/**
 * A localized email: each domain registers templates as functions of (locale, params) so the
 * wording lives with the domain. Addresses are never logged.
 */
export interface MailContent {
  subject: string;
  text: string;
  html?: string;
}
export type MailTemplate<P> = (locale: Locale, params: P) => MailContent;

export interface OutgoingMail {
  to: string;
  locale: Locale;
  content: MailContent;
  /** Deduplication key, echoed as a header so support can trace a message without personal data. */
  messageKey?: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly from: string,
    private readonly configurationSet?: string,
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const signature = translate(mail.locale, "mail.signature");
    const out = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: [mail.to] },
        ConfigurationSetName: this.configurationSet,
        Content: {
          Simple: {
            Subject: { Data: mail.content.subject, Charset: "UTF-8" },
            Body: {
              Text: { Data: `${mail.content.text}\n\n— ${signature}`, Charset: "UTF-8" },
              ...(mail.content.html ? { Html: { Data: mail.content.html, Charset: "UTF-8" } } : {}),
            },
          },
        },
        EmailTags: mail.messageKey
          ? [{ Name: "domus-key", Value: mail.messageKey.replace(/[^A-Za-z0-9_-]/g, "_") }]
          : [],
      }),
    );
    return { messageId: out.MessageId ?? "" };
  }
}
