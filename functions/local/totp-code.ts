import { totpCodeAt } from "../identity/model/totp";
import { demoPeople, demoTotpSecret } from "./seed/demo-people";

/**
 * Demo mode: prints the current second-factor code of the privileged demo users (they all share
 * the demo secret). `npx tsx functions/local/totp-code.ts [email]`. Local demo data only.
 */
const email = process.argv[2];
const person = email ? demoPeople.find((p) => p.email === email.trim().toLowerCase()) : undefined;
if (email && !person) {
  process.stderr.write(`${email} is not a demo user\n`);
  process.exit(1);
}
const now = Date.now();
const secondsLeft = 30 - (Math.floor(now / 1000) % 30);
process.stdout.write(
  `${totpCodeAt(demoTotpSecret, now)}  (valid for ${secondsLeft} more s; each code works once per user)\n`,
);
