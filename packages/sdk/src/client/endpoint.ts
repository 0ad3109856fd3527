import type { EndpointDefinition, QueryOf, ResponseOf } from "../schemas/endpoints.js";
import { toSearchParams, validateQuery } from "./query.js";
import type { RequestOptions, Transport } from "./transport.js";

/** Reads an endpoint that is not a collection, such as an aggregate. */
export type EndpointReader = <E extends EndpointDefinition>(endpoint: E, query: QueryOf<E>, options?: RequestOptions) => Promise<ResponseOf<E>>;

/** Builds the reader of every endpoint; invalid queries reject with a ValidationError before any request. */
export function endpointReader(transport: Transport): EndpointReader {
  // async, so that an invalid query rejects the promise instead of throwing at the call
  return async <E extends EndpointDefinition>(endpoint: E, query: QueryOf<E>, options?: RequestOptions) => {
    const search = toSearchParams(validateQuery(endpoint.query, query, `query of ${endpoint.path}`));
    return (await transport.read(endpoint.path, search, endpoint.response, options)) as ResponseOf<E>;
  };
}
