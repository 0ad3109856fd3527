import { createBaseClient } from "@chanjiao/sdk";
import { gapsGrid } from "../src/test-support/gaps.ts";

/** The fixed dataset of the benchmark: 20 groups × 5 years. */
export const gaps = gapsGrid(20, 5);

/**
 * A client answering every request with the dataset from memory (no network), so both boards
 * pay the same validation and nothing else.
 */
export function benchClient() {
  return createBaseClient({ baseUrl: "https://api.invalid/v1", retry: 0, fetch: async () => Response.json(gaps) });
}
