import { ConfigError } from "./config";

/**
 * Reads the text of one secret by its id (ARN). A port: Secrets Manager behind it in AWS; locally
 * nothing, since `npm start` takes its settings straight from the environment.
 */
export type SecretReader = (secretId: string) => Promise<string | undefined>;

/** The card-payment keys a secret holds, as the settings `loadConfig` reads (absent = not set). */
export interface CardKeySettings {
  STRIPE_SECRET_KEY?: string;
  STRIPE_WEBHOOK_SECRET?: string;
}

const shape = 'JSON {"secretKey": "sk_…", "webhookSecret": "whsec_…"}';

function field(json: Record<string, unknown>, name: string): string | undefined {
  const value = json[name];
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") throw new ConfigError(`STRIPE_SECRET_ARN: "${name}" must be a string in ${shape}`);
  return value.trim() || undefined;
}

/**
 * The Stripe keys from the secret's text. An empty secret, or empty values (as the stack creates
 * it), means card payments are off; anything that is not the expected JSON stops start-up with a
 * message naming the setting (the keys themselves are never echoed).
 */
export function cardKeysFromSecret(text: string | undefined): CardKeySettings {
  if (text === undefined || text.trim() === "") return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`STRIPE_SECRET_ARN: the secret is not ${shape}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new ConfigError(`STRIPE_SECRET_ARN: the secret is not ${shape}`);
  }
  const record = json as Record<string, unknown>;
  const out: CardKeySettings = {};
  const secretKey = field(record, "secretKey");
  const webhookSecret = field(record, "webhookSecret");
  if (secretKey) out.STRIPE_SECRET_KEY = secretKey;
  if (webhookSecret) out.STRIPE_WEBHOOK_SECRET = webhookSecret;
  return out;
}

/**
 * A Lambda's raw settings: its environment, and — when `STRIPE_SECRET_ARN` names a secret — the
 * card-payment keys read from it once, at cold start. Only functions that take card payments get
 * that variable and the right to read the secret; the keys never sit in the function's
 * configuration, where anyone allowed to read the function could see them.
 */
export async function withSecretSettings(
  env: Record<string, string | undefined>,
  read?: SecretReader,
): Promise<Record<string, string | undefined>> {
  const secretId = env.STRIPE_SECRET_ARN;
  if (!secretId) return env;
  if (!read) throw new ConfigError("STRIPE_SECRET_ARN is set, but this function cannot read secrets");
  const keys = cardKeysFromSecret(await read(secretId));
  // The secret is the one source of the keys where it is configured.
  return { ...env, STRIPE_SECRET_KEY: keys.STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET: keys.STRIPE_WEBHOOK_SECRET };
}
