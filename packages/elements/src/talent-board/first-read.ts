import { endpointPaths } from "@chanjiao/sdk";
import { defaultGroupBy, gapsQuery } from "./gaps-query.js";

/**
 * The board's first read, from its attributes: the gaps it loads as soon as it has a client. The
 * CDN loader starts it before the board's code has arrived.
 */
export function boardFirstRead(board: Element): { path: string; query: URLSearchParams } {
  const attribute = (name: string) => board.getAttribute(name) ?? undefined;
  const query = gapsQuery({
    groupBy: attribute("group-by") ?? defaultGroupBy,
    region: attribute("region"),
    period: attribute("period"),
    level: attribute("level"),
    industry: attribute("industry"),
  });
  return { path: endpointPaths.talentGaps, query: new URLSearchParams(query as Record<string, string>) };
}
