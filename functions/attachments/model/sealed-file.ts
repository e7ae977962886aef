/**
 * How a stored attachment says it is encrypted: a short ASCII marker before the ciphertext. Files
 * stored before attachments were encrypted (plaintext JPEG, PNG, PDF) never start with it, so
 * both kinds can be read from the same keys. Pure.
 */
const marker = new TextEncoder().encode("DOMUS-SEALED-1\n");

export function isSealedFile(bytes: Uint8Array): boolean {
  return bytes.length >= marker.length && marker.every((b, i) => bytes[i] === b);
}

/** The stored form of a ciphertext: marker, then the ciphertext. */
export function frameSealed(ciphertext: Uint8Array): Uint8Array {
  const out = new Uint8Array(marker.length + ciphertext.length);
  out.set(marker);
  out.set(ciphertext, marker.length);
  return out;
}

/** The ciphertext inside a stored sealed file. */
export function unframeSealed(stored: Uint8Array): Uint8Array {
  return stored.subarray(marker.length);
}
