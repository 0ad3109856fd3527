// The reference images of the screenshot tests (src/shared/screenshots.test.ts), kept small: without
// the alpha channel (screenshots are opaque), the widget's flat colours (backgrounds, bars, text)
// exact, and every other colour (the anti-aliasing at edges, which makes screenshots large) with
// 3 bits per channel. Every edge a layout change would move stays; the comparison's tolerance
// (pixelmatch's default threshold) is far above the rounding.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";

const rounded = (channel) => (channel & 0xe0) | 0x10;
/** How many of an image's most frequent colours are kept exact. */
const flatColours = 32;

/** The image's pixels as stored in a reference: flat colours exact, the others rounded, opaque. */
function referencePixels(image) {
  const { data } = image;
  const counts = new Map();
  for (let index = 0; index < data.length; index += 4) {
    const colour = (data[index] << 16) | (data[index + 1] << 8) | data[index + 2];
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  const kept = new Set([...counts].sort((a, b) => b[1] - a[1]).slice(0, flatColours).map(([colour]) => colour));
  const pixels = Buffer.alloc(data.length);
  for (let index = 0; index < data.length; index += 4) {
    const exact = kept.has((data[index] << 16) | (data[index + 1] << 8) | data[index + 2]);
    for (let channel = 0; channel < 3; channel += 1) pixels[index + channel] = exact ? data[index + channel] : rounded(data[index + channel]);
    pixels[index + 3] = 255;
  }
  return pixels;
}

/** @param {{ filePath: string, content: Buffer }} image */
export async function saveReference({ filePath, content }) {
  const screenshot = PNG.sync.read(content);
  const reference = new PNG({ width: screenshot.width, height: screenshot.height });
  referencePixels(screenshot).copy(reference.data);
  await mkdir(dirname(filePath), { recursive: true });
  // pngjs deflates with run-length encoding by default; the default strategy makes these images a fifth smaller.
  await writeFile(filePath, PNG.sync.write(reference, { colorType: 2, deflateLevel: 9, deflateStrategy: 0 }));
}

/**
 * Compares a screenshot with its reference: equal once rounded (the usual case, and quick), else
 * the share of pixels pixelmatch finds different; a different size is a failure of its own.
 *
 * @param {{ baselineImage: Buffer, image: Buffer, options: object }} images
 */
export function compareWithReference({ baselineImage, image, options }) {
  const reference = PNG.sync.read(baselineImage);
  const screenshot = PNG.sync.read(image);
  const { width, height } = screenshot;
  if (reference.width !== width || reference.height !== height) {
    const error = `The screenshot is ${width}×${height} px, the reference ${reference.width}×${reference.height} px.`;
    return { error, diffImage: image, diffPercentage: 100, diffPixels: width * height };
  }
  if (referencePixels(screenshot).equals(reference.data)) {
    return { error: "", diffImage: image, diffPercentage: 0, diffPixels: 0 };
  }
  const diff = new PNG({ width, height });
  const diffPixels = pixelmatch(reference.data, screenshot.data, diff.data, width, height, options);
  return { error: "", diffImage: PNG.sync.write(diff), diffPercentage: (diffPixels / (width * height)) * 100, diffPixels };
}
