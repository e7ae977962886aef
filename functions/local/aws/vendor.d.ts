/* Type declarations for the two local stand-ins that ship without types. Only what we call. */

declare module "dynalite" {
  import type { Server } from "node:http";

  interface DynaliteOptions {
    /** LevelDB directory; in-memory when absent. */
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
    verbose?: boolean;
    debug?: boolean;
  }

  /** Returns an unstarted HTTP server whose `close` also closes the LevelDB store. */
  function dynalite(options?: DynaliteOptions): Server;
  export = dynalite;
}

declare module "s3rver" {
  import type { Server } from "node:http";
  import type { AddressInfo } from "node:net";

  interface S3rverBucket {
    name: string;
    configs?: (string | Buffer)[];
  }

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    serviceEndpoint?: string;
    configureBuckets?: S3rverBucket[];
  }

  class S3rver {
    constructor(options?: S3rverOptions);
    httpServer?: Server;
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
  export = S3rver;
}

declare module "s3rver/lib/models/account.js" {
  interface S3rverAccount {
    createKeyPair(accessKeyId: string, secretAccessKey: string): void;
  }
  /** The account every authenticated s3rver request must belong to (only S3RVER/S3RVER by default). */
  export const DUMMY_ACCOUNT: S3rverAccount;
}

/*
 * dynalite's own request validation and condition evaluation, used in-process by the transaction
 * fast path so that it decides exactly as dynalite would (see dynalite-rules.ts).
 */
declare module "dynalite/validations/index.js" {
  type Data = Record<string, unknown>;
  type Types = Record<string, unknown>;
  type Custom = (data: Data, store: { options: { maxItemSize: number } }) => string | undefined;
  /** Type-checks and normalises a request; throws an error carrying `statusCode`/`body`. */
  export function checkTypes(data: Data, types: Types): Data;
  /** Runs the action's constraints and `custom` check, parsing expressions into `_condition` etc.; throws like above. */
  export function checkValidations(
    data: Data,
    types: Types,
    custom: Custom | undefined,
    store: { options: { maxItemSize: number } },
  ): void;
}

declare module "dynalite/validations/putItem.js" {
  export const types: Record<string, unknown>;
  export function custom(
    data: Record<string, unknown>,
    store: { options: { maxItemSize: number } },
  ): string | undefined;
}
declare module "dynalite/validations/updateItem.js" {
  export const types: Record<string, unknown>;
  export function custom(
    data: Record<string, unknown>,
    store: { options: { maxItemSize: number } },
  ): string | undefined;
}
declare module "dynalite/validations/deleteItem.js" {
  export const types: Record<string, unknown>;
  export function custom(
    data: Record<string, unknown>,
    store: { options: { maxItemSize: number } },
  ): string | undefined;
}

declare module "dynalite/db/index.js" {
  /** `null`/`undefined` when the request's condition holds on `existing`, else the ConditionalCheckFailed error. */
  export function checkConditional(
    data: Record<string, unknown>,
    existing: Record<string, unknown> | undefined,
  ): unknown;
}
