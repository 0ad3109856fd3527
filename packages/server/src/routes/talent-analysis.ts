import { GapsQuery, SignalsQuery } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { computeGaps } from "../db/gaps.js";
import { computeSignals } from "../db/signals.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

/** What `GET /v1/talent/signals` takes for the parameters left out. */
export const signalsDefaults = { periods: 3, threshold: 1.2 };
/** The first year the contract's periods allow. */
const firstYear = 1990;

/** A range like `2025-2023` passes the pattern but covers no year: refused rather than answered empty. */
function isReversedRange(period: string | undefined): boolean {
  const [from, to] = (period ?? "").split("-").map(Number);
  return to !== undefined && from! > to;
}

/** `GET /v1/talent/gaps` and `GET /v1/talent/signals`: demand against supply, computed in SQL. */
export function registerTalentAnalysisRoutes(app: Hono<AppEnv>): void {
  app.get("/v1/talent/gaps", async (c) => {
    const query = parseQuery(c, GapsQuery);
    if (!query.ok) return problemResponse(c, 400, "The query of /v1/talent/gaps is not valid.", query.errors);
    const { groupBy, ...filters } = query.data;
    if (isReversedRange(filters.period)) {
      return problemResponse(c, 400, "The query of /v1/talent/gaps is not valid.", [{ path: "period", message: "must start no later than it ends" }]);
    }
    return c.json(await computeGaps(c.get("db"), groupBy, filters), 200, { "Cache-Control": readCacheControl });
  });

  app.get("/v1/talent/signals", async (c) => {
    const query = parseQuery(c, SignalsQuery);
    if (!query.ok) return problemResponse(c, 400, "The query of /v1/talent/signals is not valid.", query.errors);
    const { periods, threshold, ...rest } = { ...signalsDefaults, ...query.data };
    if (rest.period !== undefined && rest.period - periods + 1 < firstYear) {
      return problemResponse(c, 400, "The query of /v1/talent/signals is not valid.", [{ path: "periods", message: `must not reach back before ${firstYear}` }]);
    }
    return c.json(await computeSignals(c.get("db"), { ...rest, periods, threshold }), 200, { "Cache-Control": readCacheControl });
  });
}
