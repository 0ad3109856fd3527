import { downloadCsv, toCsv } from "../shared/csv.js";
import { saveGraphic, standaloneSvg, type GraphicFormat } from "../shared/graphic-export.js";

/** What the map offers for download. */
export type FigureFormat = "csv" | GraphicFormat;

/** Saves the map's figure as `format`: the table's rows as CSV, or the drawn grid as SVG or PNG. */
export async function saveFigure(format: FigureFormat, name: string, rows: ReadonlyArray<ReadonlyArray<string | number>>, svg: SVGSVGElement | null, background: string): Promise<void> {
  if (format === "csv" || !svg) return downloadCsv(`${name}.csv`, toCsv(rows));
  await saveGraphic(format, name, standaloneSvg(svg, name, background));
}
