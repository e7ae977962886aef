import { installCallCounter } from "./aws/call-counter";
import { type AwsClients, createAwsClients } from "./aws/clients";
import { BlobStore } from "./blobs";
import { type Clock, type Ids, randomIds, systemClock } from "./clock";
import type { Config } from "./config";
import { Envelope } from "./crypto/envelope";
import { PlatformSecrets } from "./crypto/platform-secrets";
import { createLogger, type Logger } from "./log";
import { type Mailer, SesMailer } from "./mailer";
import { Table } from "./table";

/** Everything a use case may need, made once per process (Lambda cold start or local start). */
export interface AppDeps {
  config: Config;
  clients: AwsClients;
  table: Table;
  envelope: Envelope;
  secrets: PlatformSecrets;
  blobs: BlobStore;
  mailer: Mailer;
  clock: Clock;
  ids: Ids;
  log: Logger;
}

export function createDeps(
  config: Config,
  overrides: Partial<Pick<AppDeps, "clock" | "mailer" | "log">> = {},
): AppDeps {
  const clients = createAwsClients(config);
  for (const client of [clients.dynamo, clients.kms, clients.s3, clients.ses]) installCallCounter(client);
  const clock = overrides.clock ?? systemClock;
  const table = new Table(clients.doc, config.tableName);
  return {
    config,
    clients,
    table,
    envelope: new Envelope(clients.kms, config.kmsKeyId),
    secrets: new PlatformSecrets(table, clients.kms, config.kmsKeyId),
    blobs: new BlobStore(clients.s3, clients.s3Public, config.bucketName),
    mailer: overrides.mailer ?? new SesMailer(clients.ses, config.mailFrom, config.mailConfigurationSet),
    clock,
    ids: randomIds(clock),
    log: overrides.log ?? createLogger(config.logLevel, { service: "domus" }),
  };
}
