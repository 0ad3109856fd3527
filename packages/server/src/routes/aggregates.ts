import { type AggregateGroup, DemandAggregateQuery, SupplyAggregateQuery, type TalentAggregate } from "@chanjiao/sdk";
import type { Hono } from "hono";
import { aggregateRecords } from "../db/query.js";
import type { FilterColumn } from "../db/tables.js";
import { type AppEnv, readCacheControl } from "../http/env.js";
import { problemResponse } from "../http/problem.js";
import { parseQuery } from "../http/query.js";

const groupColumns: Record<AggregateGroup, FilterColumn> = {
  majorCategory: "major_category_id",
  industry: "industry",
  level: "level",
  region: "region",
  period: "period",
};

const aggregates = [
  { path: "talent-demand", collection: "talentDemand", measure: "demand", query: DemandAggregateQuery },
  { path: "talent-supply", collection: "talentSupply", measure: "supply", query: SupplyAggregateQuery },
] as const;

/** `GET /v1/talent-demand/aggregate` and `GET /v1/talent-supply/aggregate`: sums per group, computed in SQL. */
export function registerAggregateRoutes(app: Hono<AppEnv>): void {
  for (const { path, collection, measure, query: schema } of aggregates) {
    app.get(`/v1/${path}/aggregate`, async (c) => {
      const query = parseQuery(c, schema);
      if (!query.ok) return problemResponse(c, 400, `The query of /v1/${path}/aggregate is not valid.`, query.errors);
      const { groupBy, ...filters } = query.data;
      const result = await aggregateRecords(c.get("db"), collection, filters, groupColumns[groupBy]);
      const body: TalentAggregate = { measure, groupBy, ...result };
      return c.json(body, 200, { "Cache-Control": readCacheControl });
    });
  }
}
