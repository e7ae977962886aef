import { GetObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

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

  /** A short-lived URL the browser PUTs to; size and type are fixed by the signature where S3 checks them. */
  uploadUrl(key: string, contentType: string, expiresIn = 300): Promise<string> {
    return getSignedUrl(
      this.s3Public,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType }),
      {
        expiresIn,
      },
    );
  }

  downloadUrl(key: string, fileName: string, expiresIn = 300): Promise<string> {
    const disposition = `attachment; filename="${fileName.replace(/["\\\r\n]/g, "_")}"`;
    return getSignedUrl(
      this.s3Public,
      new GetObjectCommand({ Bucket: this.bucket, Key: key, ResponseContentDisposition: disposition }),
      { expiresIn },
    );
  }
}
