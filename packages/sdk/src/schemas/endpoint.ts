import type * as z from "zod/mini";

/** An endpoint of the API that is not a collection: its path under `/v1`, its query and its answer. */
export interface EndpointDefinition<Q extends z.ZodMiniObject = z.ZodMiniObject, R extends z.ZodMiniType = z.ZodMiniType> {
  readonly path: string;
  readonly query: Q;
  readonly response: R;
}

// @__NO_SIDE_EFFECTS__
export function defineEndpoint<Q extends z.ZodMiniObject, R extends z.ZodMiniType>(path: string, query: Q, response: R): EndpointDefinition<Q, R> {
  return { path, query, response };
}

/** The query an endpoint accepts. */
export type QueryOf<E extends EndpointDefinition> = z.input<E["query"]>;
/** What an endpoint answers. */
export type ResponseOf<E extends EndpointDefinition> = z.infer<E["response"]>;
