import { randomBytes } from "node:crypto";
import { rename, writeFile } from "node:fs/promises";

/**
 * Writes a file by renaming a finished temporary file over it, so a reader (or a crash) never
 * sees half of it. `mode` applies from creation, which matters for key material.
 */
export async function writeFileAtomically(file: string, content: string, mode = 0o644): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString("hex")}.tmp`;
  await writeFile(temporary, content, { mode });
  await rename(temporary, file);
}
