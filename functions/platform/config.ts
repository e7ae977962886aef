import { z } from "zod";

/**
 * Configuration, read once at the edge (Lambda entry or local main) and validated. A missing or
 * wrong value stops start-up with a message naming it. Domain code receives this object; it never
 * reads process.env itself.
 */
const configSchema = z.object({
  DOMUS_STAGE: z.enum(["local", "aws", "test"]),
  AWS_REGION: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  KMS_KEY_ID: z.string().min(1),
  MAIL_FROM: z.string().email(),
  MAIL_CONFIGURATION_SET: z.string().optional(),
  APP_URL: z.string().url(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Local mode only: AWS endpoints of the embedded stand-ins. */
  DYNAMODB_ENDPOINT: z.string().url().optional(),
  KMS_ENDPOINT: z.string().url().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  /** Local mode: the public (browser-reachable) base for presigned S3 URLs. */
  S3_PUBLIC_ENDPOINT: z.string().url().optional(),
  SES_ENDPOINT: z.string().url().optional(),
  /** Local mode: the mail viewer linked from the portal. */
  MAIL_VIEWER_URL: z.string().url().optional(),
  /**
   * Card payments (optional; off without both): the platform's Stripe secret key and webhook
   * signing secret. In AWS they are not in the environment: they come from the secret named by
   * STRIPE_SECRET_ARN, read at cold start (platform/secrets.ts).
   */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_\w+$/, "must be a Stripe secret key")
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_\w+$/, "must be a Stripe webhook signing secret")
    .optional(),
  /** Local mode and tests only: where the Stripe API answers (stripe-mock or a local fake), e.g. http://127.0.0.1:12111. */
  STRIPE_API_BASE: z.string().url().optional(),
});

export type ConfigInput = z.input<typeof configSchema>;

export interface Config {
  stage: "local" | "aws" | "test";
  region: string;
  tableName: string;
  bucketName: string;
  kmsKeyId: string;
  mailFrom: string;
  mailConfigurationSet?: string;
  appUrl: string;
  logLevel: "debug" | "info" | "warn" | "error";
  endpoints: { dynamodb?: string; kms?: string; s3?: string; s3Public?: string; ses?: string };
  mailViewerUrl?: string;
  /** Card payments through Stripe Connect; undefined (feature off) unless both secrets are set. */
  stripe?: { secretKey: string; webhookSecret: string; apiBase?: string };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates raw settings (e.g. process.env) and fails fast, naming every missing or wrong one. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Domus configuration is invalid — ${problems.join("; ")}`);
  }
  const v = parsed.data;
  return {
    stage: v.DOMUS_STAGE,
    region: v.AWS_REGION,
    tableName: v.TABLE_NAME,
    bucketName: v.BUCKET_NAME,
    kmsKeyId: v.KMS_KEY_ID,
    mailFrom: v.MAIL_FROM,
    mailConfigurationSet: v.MAIL_CONFIGURATION_SET,
    appUrl: v.APP_URL.replace(/\/$/, ""),
    logLevel: v.LOG_LEVEL,
    endpoints: {
      dynamodb: v.DYNAMODB_ENDPOINT,
      kms: v.KMS_ENDPOINT,
      s3: v.S3_ENDPOINT,
      s3Public: v.S3_PUBLIC_ENDPOINT,
      ses: v.SES_ENDPOINT,
    },
    mailViewerUrl: v.MAIL_VIEWER_URL,
    ...(v.STRIPE_SECRET_KEY && v.STRIPE_WEBHOOK_SECRET
      ? {
          stripe: {
            secretKey: v.STRIPE_SECRET_KEY,
            webhookSecret: v.STRIPE_WEBHOOK_SECRET,
            ...(v.STRIPE_API_BASE && v.DOMUS_STAGE !== "aws" ? { apiBase: v.STRIPE_API_BASE } : {}),
          },
        }
      : {}),
  };
}
