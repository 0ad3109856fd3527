import type { GapGroup, QueryOf, talentGaps } from "@chanjiao/sdk";

/** The `group-by` values of the board, as a page writes them. */
export const boardGroupings = ["major-category", "major-class", "industry", "level", "region"] as const;
export type BoardGroupBy = (typeof boardGroupings)[number];

/** The grouping of a board that names none. */
export const defaultGroupBy: BoardGroupBy = "major-category";

export const boardViews = ["chart", "table"] as const;
export type BoardView = (typeof boardViews)[number];

const apiGroupBy: Record<BoardGroupBy, GapGroup> = {
  "major-category": "majorCategory",
  "major-class": "majorClass",
  industry: "industry",
  level: "level",
  region: "region",
};

export interface BoardFilters {
  groupBy: string;
  region?: string | undefined;
  period?: string | undefined;
  level?: string | undefined;
  industry?: string | undefined;
}

/**
 * The query of `GET /v1/talent/gaps` for the board's attributes. Values are passed as written, so
 * a mistyped one is rejected by the SDK's validation and shown as an error rather than ignored.
 */
export function gapsQuery(filters: BoardFilters): QueryOf<typeof talentGaps> {
  const groupBy = (apiGroupBy as Record<string, GapGroup | undefined>)[filters.groupBy] ?? (filters.groupBy as GapGroup);
  const optional = { region: filters.region, period: filters.period, level: filters.level, industry: filters.industry };
  const present = Object.entries(optional).filter(([, value]) => value !== undefined && value !== "");
  return { groupBy, ...Object.fromEntries(present) } as QueryOf<typeof talentGaps>;
}

