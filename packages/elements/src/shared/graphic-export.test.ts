import { expect, fixture, html } from "@open-wc/testing";
import { svg } from "lit";
import { pngFile, standaloneSvg, svgFile } from "./graphic-export.js";

/** A drawn graphic as widgets draw theirs: styled by a stylesheet, moved by translate(), with interactive attributes and a text in spans. */
async function drawnGraphic(): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>(html`<div>
    <style>
      .tile { fill: rgb(0, 0, 255); }
      .name { fill: rgb(255, 0, 0); font-size: 20px; font-weight: 700; text-anchor: middle; }
    </style>
    <svg width="100" height="60" viewBox="0 0 100 60" role="group" aria-label="test">
      ${svg`<g transform="translate(50 0)" tabindex="0" role="button" data-code="320000" part="tile"><rect class="tile" width="40" height="40"></rect></g>
      <text class="name" y="20"><tspan x="20">江</tspan><tspan x="20" dy="25">苏</tspan></text>`}
    </svg>
  </div>`);
  return host.querySelector("svg")!;
}

async function pixelsOf(blob: Blob): Promise<{ at(x: number, y: number): [number, number, number]; width: number }> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext("2d")!;
  context.drawImage(bitmap, 0, 0);
  return {
    width: bitmap.width,
    at: (x, y) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)] as [number, number, number],
  };
}

describe("the shared graphic exporter", () => {
  it("writes a drawn SVG out as a document of its own: styles inlined, a title and background, nothing interactive", async () => {
    const file = await svgFile(standaloneSvg(await drawnGraphic(), "测试图", "rgb(255, 255, 255)")).text();
    expect(file).to.match(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(file).to.include("<title>测试图</title>");
    expect(file).to.match(/<rect[^>]*fill="rgb\(0, 0, 255\)"/);
    expect(file).to.match(/<tspan[^>]*font-size="20px"/);
    for (const attribute of ["tabindex", "role=", "aria-label", "data-code", "part=", "class=", "<!--"]) expect(file, attribute).to.not.include(attribute);
  });

  it("paints the PNG shape by shape at twice the size: moved rectangles, the background and text spans", async () => {
    const png = await pngFile(standaloneSvg(await drawnGraphic(), "测试图", "rgb(255, 255, 255)"));
    expect(png!.type).to.equal("image/png");
    const pixels = await pixelsOf(png!);
    expect(pixels.width).to.equal(200);
    expect(pixels.at(140, 40), "the tile, moved right by its translate()").to.deep.equal([0, 0, 255]);
    expect(pixels.at(20, 100), "the background").to.deep.equal([255, 255, 255]);
    const red = (x0: number, y0: number, x1: number, y1: number) => {
      for (let x = x0; x < x1; x++) for (let y = y0; y < y1; y++) {
        const [r, g, b] = pixels.at(x, y);
        if (r > 200 && g < 80 && b < 80) return true;
      }
      return false;
    };
    expect(red(20, 0, 60, 44), "the first span").to.equal(true);
    expect(red(20, 50, 60, 94), "the second span, a line below").to.equal(true);
  });
});
