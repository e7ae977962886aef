import { createHash, randomBytes, randomUUID } from "node:crypto";
import { mkdir, readFile, realpath, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { writeFileAtomically } from "./atomic-file";

/** One generation of the local master key; blobs name the version they were sealed with. */
export interface MasterKeyVersion {
  version: number;
  key: Buffer;
  createdAt: string;
}

/** The local stand-in for one KMS key: a stable id and every version of its key material. */
export interface MasterKeyring {
  keyId: string;
  createdAt: string;
  versions: MasterKeyVersion[];
}

interface KeyFileJson {
  keyId: string;
  createdAt: string;
  versions: { version: number; key: string; createdAt: string }[];
}

/** Reads the key file; a bare 32-byte file (an older layout) counts as version 1. */
export async function readKeyring(keyFile: string): Promise<MasterKeyring> {
  const bytes = await readFile(keyFile);
  if (bytes.length === 32) return legacyKeyring(bytes);
  const json = JSON.parse(bytes.toString("utf8")) as KeyFileJson;
  const versions = json.versions.map((v) => ({ ...v, key: Buffer.from(v.key, "base64") }));
  if (versions.length === 0 || versions.some((v) => v.key.length !== 32)) {
    throw new Error(`local KMS key file ${keyFile} holds no valid 32-byte key`);
  }
  return { keyId: json.keyId, createdAt: json.createdAt, versions };
}

/** Reads the key file, creating it (mode 0600, parent directories too) with one fresh key when absent. */
export async function loadOrCreateKeyring(keyFile: string): Promise<MasterKeyring> {
  await mkdir(dirname(keyFile), { recursive: true, mode: 0o700 });
  const createdAt = new Date().toISOString();
  const fresh: MasterKeyring = { keyId: randomUUID(), createdAt, versions: [newVersion(1, createdAt)] };
  try {
    // "wx" never overwrites: a key someone already has must not be replaced by a race.
    await writeFile(keyFile, serialise(fresh), { mode: 0o600, flag: "wx" });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readKeyring(keyFile);
  }
}

/**
 * Adds a new master key version; new encryptions use it, older blobs still decrypt with the
 * version they name (which is what ReEncrypt relies on). Resolves with the new version number.
 */
export async function rotateLocalMasterKey(keyFile: string): Promise<number> {
  const ring = await readKeyring(keyFile);
  const version = Math.max(...ring.versions.map((v) => v.version)) + 1;
  ring.versions.push(newVersion(version, new Date().toISOString()));
  await writeFileAtomically(keyFile, serialise(ring), 0o600);
  return version;
}

/** Refuses a key file inside the data directory: keys must not travel with the data they protect. */
export async function assertKeyFileOutside(keyFile: string, dataDir: string): Promise<void> {
  const key = await realLocation(keyFile);
  const data = await realLocation(dataDir);
  const path = relative(data, key);
  const inside = path === "" || (!isAbsolute(path) && path !== ".." && !path.startsWith(`..${sep}`));
  if (inside) throw new Error(`the local KMS key file ${keyFile} must lie outside the data directory ${dataDir}`);
}

/** The newest key version, used for every new encryption. */
export function currentVersion(ring: MasterKeyring): MasterKeyVersion {
  return ring.versions.reduce((newest, v) => (v.version > newest.version ? v : newest));
}

function newVersion(version: number, createdAt: string): MasterKeyVersion {
  return { version, key: randomBytes(32), createdAt };
}

function serialise(ring: MasterKeyring): string {
  const json: KeyFileJson = {
    keyId: ring.keyId,
    createdAt: ring.createdAt,
    versions: ring.versions.map((v) => ({ version: v.version, key: v.key.toString("base64"), createdAt: v.createdAt })),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

function legacyKeyring(key: Buffer): MasterKeyring {
  // A stable id derived from the key, so blobs keep naming the same key across restarts.
  const hex = createHash("sha256").update(key).digest("hex");
  const keyId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const createdAt = new Date(0).toISOString();
  return { keyId, createdAt, versions: [{ version: 1, key, createdAt }] };
}

/** Resolves symlinks of the part of a path that exists, so `..` tricks and links cannot hide nesting. */
async function realLocation(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(await realLocation(parent), basename(absolute));
  }
}
