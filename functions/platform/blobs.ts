import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

/** Percent-encodes a header parameter value (RFC 5987): also `'`, `(`, `)` and `*`. */
function rfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** True for S3's "no such object" (404 on HEAD, NoSuchKey on GET). */
function isMissing(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  const name = (error as Error).name;
  return status === 404 || name === "NotFound" || name === "NoSuchKey";
}

/** Documents and uploads in S3 (locally a stand-in speaking the S3 API). Keys start with the association. */
export class BlobStore {
  constructor(
    private readonly s3: S3Client,
    /** Client whose endpoint the browser can reach, used only to sign URLs. */
    private readonly s3Public: S3Client,
    private readonly bucket: string,
  ) {}

  async put(key: string, body: Uint8Array | string, contentType: string): Promise<void> {
    await this.s3.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async get(key: string): Promise<Uint8Array> {
    const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    return out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
  }

  /**
   * A short-lived URL the browser PUTs to. Content-Type, and Content-Length when given, are signed
   * headers (the presigner leaves them unsigned by default), so S3 refuses another type or size.
   */
  uploadUrl(key: string, contentType: string, expiresIn = 300, contentLength?: number): Promise<string> {
    const signed = contentLength === undefined ? ["content-type"] : ["content-type", "content-length"];
    return getSignedUrl(
      this.s3Public,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: contentLength }),
      { expiresIn, signableHeaders: new Set(signed) },
    );
  }

  /** A whole object with its type, or undefined when there is none. */
  async read(key: string): Promise<{ body: Uint8Array; contentType: string } | undefined> {
    try {
      const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      const body = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
      return { body, contentType: out.ContentType ?? "" };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** Size and type of a stored object, or undefined when there is none. */
  async head(key: string): Promise<{ sizeBytes: number; contentType: string } | undefined> {
    try {
      const out = await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { sizeBytes: out.ContentLength ?? 0, contentType: out.ContentType ?? "" };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** The first `bytes` bytes of an object (to check what a file really is). */
  async readStart(key: string, bytes: number): Promise<Uint8Array> {
    const range = `bytes=0-${bytes - 1}`;
    const out = await this.s3.send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range }));
    const body = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    return body.subarray(0, bytes);
  }

  /** Copies an object within the bucket, type and metadata included (an attached upload leaving `pending/`). */
  async copy(fromKey: string, toKey: string): Promise<void> {
    const source = `${this.bucket}/${fromKey.split("/").map(encodeURIComponent).join("/")}`;
    await this.s3.send(new CopyObjectCommand({ Bucket: this.bucket, Key: toKey, CopySource: source }));
  }

  async delete(key: string): Promise<void> {
    await this.s3.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  downloadUrl(key: string, fileName: string, expiresIn = 300): Promise<string> {
    // An ASCII fallback and the exact (UTF-8) name, so names in ro/pl/ru/uk survive (RFC 6266).
    const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
    const disposition = `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
    return getSignedUrl(
      this.s3Public,
      new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentDisposition: disposition }),
      { expiresIn },
    );
  }
}
