import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { SecretReader } from "../secrets";

/**
 * The secret reader in AWS: GetSecretValue on AWS Secrets Manager, in the function's own region.
 * The client is made on the first read, so a function whose settings name no secret makes none.
 */
export function secretsManagerReader(): SecretReader {
  let client: SecretsManagerClient | undefined;
  return async (secretId) => {
    client ??= new SecretsManagerClient({});
    const answer = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    return answer.SecretString;
  };
}
