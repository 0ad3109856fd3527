import { downloadCsv, toCsv } from "../shared/csv.js";
import { downloadFile } from "../shared/download.js";

/** The look of each drawn element, copied from the page so that the file looks as the map does without its stylesheet. */
const copied = ["fill", "stroke", "stroke-width", "font-family", "font-size", "font-weight", "text-anchor"] as const;

const svgNamespace = "http://www.w3.org/2000/svg";

/** The map's SVG as a file of its own: styles inlined, a title, a background, no interactive attributes. */
export function svgFile(svg: SVGSVGElement, title: string, background: string): Blob {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [...svg.querySelectorAll<SVGElement>("rect, text")];
  [...copy.querySelectorAll<SVGElement>("rect, text")].forEach((element, index) => {
    const style = getComputedStyle(originals[index]!);
    for (const property of copied) element.setAttribute(property, style.getPropertyValue(property));
  });
  for (const element of copy.querySelectorAll("[tabindex], [role], [aria-label], [aria-pressed], [part]")) {
    for (const name of ["tabindex", "role", "aria-label", "aria-pressed", "part", "class"]) element.removeAttribute(name);
  }
  copy.setAttribute("xmlns", svgNamespace);
  copy.removeAttribute("class");
  copy.removeAttribute("part");
  const [, , width, height] = (copy.getAttribute("viewBox") ?? "0 0 0 0").split(" ");
  const backdrop = document.createElementNS(svgNamespace, "rect");
  for (const [name, value] of Object.entries({ width, height, fill: background })) backdrop.setAttribute(name, value ?? "0");
  const heading = document.createElementNS(svgNamespace, "title");
  heading.textContent = title;
  copy.prepend(heading, backdrop);
  return new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" });
}

/** The SVG drawn at twice its size as a PNG. */
async function pngFile(svg: Blob, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = width * 2;
    canvas.height = height * 2;
    canvas.getContext("2d")!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What the map offers for download. */
export type FigureFormat = "csv" | "svg" | "png";

/** Saves the map's figure as `format`: the table's rows as CSV, or the drawn grid as SVG or PNG. */
export async function saveFigure(format: FigureFormat, name: string, rows: ReadonlyArray<ReadonlyArray<string | number>>, svg: SVGSVGElement | null, background: string): Promise<void> {
  if (format === "csv" || !svg) return downloadCsv(`${name}.csv`, toCsv(rows));
  const file = svgFile(svg, name, background);
  if (format === "svg") return downloadFile(`${name}.svg`, file);
  const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
  downloadFile(`${name}.png`, await pngFile(file, width!, height!));
}
