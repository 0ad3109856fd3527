// The board's downloads, loaded with import() when a visitor asks for one, so that the board's
// first view does not fetch them.
import { downloadCsv, toCsv } from "../shared/csv.js";
import { saveGraphic, type GraphicFormat } from "../shared/graphic-export.js";
import { pairedGraphic, type PairedGraphicInput } from "./paired-graphic.js";
import { rankingGraphic, type RankingGraphicInput } from "./ranking-graphic.js";
import { trendGraphic, type TrendGraphicInput } from "./trend-graphic.js";

/** Each graphic of the board and what it is drawn from. */
export type BoardGraphic = { kind: "ranking"; input: RankingGraphicInput } | { kind: "paired"; input: PairedGraphicInput } | { kind: "trend"; input: TrendGraphicInput };

/** Saves one of the board's graphics as `name.svg` or `name.png`. */
export function saveBoardGraphic(format: GraphicFormat, name: string, graphic: BoardGraphic): Promise<void> {
  const drawn = graphic.kind === "ranking" ? rankingGraphic(graphic.input) : graphic.kind === "paired" ? pairedGraphic(graphic.input) : trendGraphic(graphic.input);
  return saveGraphic(format, name, drawn);
}

/** Saves the rows as `name.csv`. */
export function saveCsv(name: string, rows: ReadonlyArray<ReadonlyArray<string | number>>): void {
  downloadCsv(`${name}.csv`, toCsv(rows));
}
