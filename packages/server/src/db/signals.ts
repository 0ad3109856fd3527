import type { MajorSignals } from "@chanjiao/sdk";
import { sql } from "kysely";
import { type ComparisonSpec, comparisonProvenance, countedDemandStatuses, majorCategoryNames, toPoint, withPoints } from "./demand-supply.js";
import type { Database } from "./open.js";
import { filteredQuery } from "./query.js";

/** The query of a signals computation, defaults applied. */
export interface SignalsOptions {
  region?: string;
  /** The last period considered; the latest with data when absent. */
  period?: number;
  periods: number;
  threshold: number;
}

/** The latest period with counted demand or with supply in the region, or `null` when there is none. */
async function latestPeriod(db: Database, region: string | undefined): Promise<number | null> {
  const demand = await filteredQuery(db, "talentDemand", { region })
    .where("status", "in", countedDemandStatuses)
    .select((eb) => eb.fn.max("period").as("latest"))
    .executeTakeFirst();
  const supply = await filteredQuery(db, "talentSupply", { region })
    .select((eb) => eb.fn.max("period").as("latest"))
    .executeTakeFirst();
  const latest = [demand?.latest, supply?.latest].filter((value) => value !== null && value !== undefined).map(Number);
  return latest.length ? Math.max(...latest) : null;
}

/**
 * Major categories in persistent imbalance: a period is short when demand ≥ threshold × supply
 * (with some demand), in surplus when demand × threshold ≤ supply (with some supply). A category
 * is signalled only when every one of the periods considered is short, or every one in surplus;
 * a period without any figure breaks the run. The classification runs in SQL.
 */
export async function computeSignals(db: Database, options: SignalsOptions): Promise<MajorSignals> {
  const last = options.period ?? (await latestPeriod(db, options.region));
  const region = options.region ?? null;
  if (last === null) return { region, periods: [], threshold: options.threshold, items: [], sample: false, sources: [] };
  const first = last - options.periods + 1;
  const period = `${first}-${last}`;
  const spec: ComparisonSpec = {
    groupColumn: "major_category_id",
    demandFilters: { region: options.region, period },
    supplyFilters: { region: options.region, period },
  };
  const threshold = sql<number>`cast(${options.threshold} as double precision)`;
  const rows = await withPoints(db, spec)
    .with("cells", (qb) =>
      qb
        .selectFrom("points")
        .select((eb) => ["key", "period", eb.fn.sum<number>("demand").as("demand"), eb.fn.sum<number>("supply").as("supply")])
        .groupBy(["key", "period"]),
    )
    .with("runs", (qb) =>
      qb
        .selectFrom("cells")
        .select((eb) => [
          "key",
          eb.fn.sum<number>(sql`case when demand > 0 and demand >= ${threshold} * supply then 1 else 0 end`).as("short_periods"),
          eb.fn.sum<number>(sql`case when supply > 0 and demand * ${threshold} <= supply then 1 else 0 end`).as("surplus_periods"),
        ])
        .groupBy("key"),
    )
    .selectFrom("cells")
    .innerJoin("runs", "runs.key", "cells.key")
    .where((eb) => eb.or([eb("runs.short_periods", "=", options.periods), eb("runs.surplus_periods", "=", options.periods)]))
    .select((eb) => [
      "cells.key as key",
      "cells.period as period",
      "cells.demand as demand",
      "cells.supply as supply",
      eb.case().when("runs.short_periods", "=", options.periods).then("shortage").else("surplus").end().as("signal"),
    ])
    .orderBy("cells.key")
    .orderBy("cells.period")
    .execute();
  const labels = await majorCategoryNames(db, [...new Set(rows.map((row) => String(row.key)))]);
  const items: MajorSignals["items"] = [];
  for (const row of rows) {
    const point = toPoint(row);
    let item = items.at(-1);
    if (item?.majorCategoryId !== point.key) {
      item = { majorCategoryId: point.key, label: labels.get(point.key) ?? point.key, signal: row.signal as "shortage" | "surplus", points: [] };
      items.push(item);
    }
    item.points.push({ period: point.period, demand: point.demand, supply: point.supply, ratio: point.supply ? point.demand / point.supply : null });
  }
  return {
    region,
    periods: Array.from({ length: options.periods }, (_, index) => first + index),
    threshold: options.threshold,
    items,
    ...(await comparisonProvenance(db, spec)),
  };
}
