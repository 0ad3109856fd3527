import { ApiKey, ApiKeyCreate, ApiKeyList, CreatedApiKey, Session } from "../schemas/api-keys.js";
import { recordPath } from "./record-path.js";
import type { RequestOptions, Transport } from "./transport.js";
import { checked, type WriteOptions } from "./writes.js";

/** The API keys of every organisation, for admin keys (`client.keys`); other keys get HttpError 403. */
export interface KeysClient {
  /** Every key, oldest first, never with its secret. */
  list(options?: RequestOptions): Promise<ApiKeyList>;
  /**
   * Makes a key for an organisation. The answer holds the secret, which cannot be read again.
   *
   * @example
   * const { key, info } = await admin.keys.create({ organisationId: "school-1108860d48", role: "editor", name: "教务处" });
   */
  create(body: ApiKeyCreate, options?: WriteOptions): Promise<CreatedApiKey>;
  /** Revokes a key at once: a request signed with it gets 401 from then on. Answers the key as listed. */
  revoke(id: string, options?: WriteOptions): Promise<ApiKey>;
}

/** Builds `client.keys` over a transport. */
export function keysClient(transport: Transport): KeysClient {
  return {
    list: (options) => transport.read("keys", undefined, ApiKeyList, options),
    async create(body, options) {
      return (await transport.exchange({ method: "POST", path: "keys", json: checked(ApiKeyCreate, body, "body of keys.create") }, CreatedApiKey, options)).data;
    },
    async revoke(id, options) {
      return (await transport.exchange({ method: "DELETE", path: recordPath("keys", id, "id of keys.revoke") }, ApiKey, options)).data;
    },
  };
}

/** Answers who the client's API key is: `GET /v1/me`. */
export function readSession(transport: Transport): (options?: RequestOptions) => Promise<Session> {
  return (options) => transport.read("me", undefined, Session, options);
}
