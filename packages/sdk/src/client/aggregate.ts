import type * as z from "zod/mini";
import { TalentAggregate } from "../schemas/talent.js";
import { toSearchParams, validateQuery } from "./query.js";
import type { RequestOptions, Transport } from "./transport.js";

/** The `aggregate` method of the talent demand and talent supply collections. */
export interface AggregateClient<Q extends z.ZodMiniObject> {
  /**
   * Totals per group (`groupBy`) of the records matching the other parameters: headcount for
   * demand, graduates for supply. Invalid parameters reject with a ValidationError before any request.
   */
  aggregate(query: z.input<Q>, options?: RequestOptions): Promise<TalentAggregate>;
}

/** Builds the `aggregate` method of the collection at `path`, whose parameters `querySchema` describes. */
export function aggregateClient<Q extends z.ZodMiniObject>(transport: Transport, path: string, querySchema: Q, subject: string): AggregateClient<Q> {
  return {
    // async, so that invalid parameters reject the promise instead of throwing at the call
    aggregate: async (query, options) =>
      transport.read(`${path}/aggregate`, toSearchParams(validateQuery(querySchema, query, `parameters of ${subject}`)), TalentAggregate, options),
  };
}
