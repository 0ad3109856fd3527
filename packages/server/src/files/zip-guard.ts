import { createRequire } from "node:module";
import type { Readable } from "node:stream";
import { FileProblem } from "./problem.js";

/** The part of unzipper's central-directory reader used here (unzipper is what exceljs streams xlsx with). */
interface ZipEntry {
  path: string;
  type: "File" | "Directory";
  uncompressedSize: number;
  compressedSize: number;
  stream(): Readable;
}
interface Unzipper {
  Open: { buffer(bytes: Buffer): Promise<{ files: ZipEntry[] }> };
}
/** Loaded on the first xlsx: a file of another format never needs it. */
let unzipper: Unzipper | undefined;

/** How far an xlsx may expand when unzipped. */
export interface ZipLimits {
  /** The sum of the unzipped sizes of all parts; default 256 MiB. */
  maxUncompressedBytes?: number;
  /** Parts in the zip; default 10,000. */
  maxEntries?: number;
}

export const defaultMaxUncompressedBytes = 256 * 1024 * 1024;

const damaged = () =>
  new FileProblem("truncated", {
    "zh-CN": "Excel 文件已损坏或不完整（可能上传中断），请重新保存后再试",
    en: "the Excel file is damaged or incomplete (perhaps cut off in transfer); save it again and retry",
  });

const bomb = (limit: number) =>
  new FileProblem("zip_bomb", {
    "zh-CN": `Excel 文件解压后超过 ${Math.round(limit / 1048576)} MB，拒绝读取（可能是压缩炸弹）`,
    en: `the Excel file expands to more than ${Math.round(limit / 1048576)} MB when unzipped and is refused (it may be a zip bomb)`,
  });

/**
 * Checks an xlsx (a zip) before any xlsx reader touches it: the central directory must be whole,
 * and both the sizes the zip declares and the bytes its parts really inflate to must stay under
 * the limit. The parts are inflated as streams and counted, never held, so a zip bomb is refused
 * with memory bounded. Returns the paths of the parts.
 */
export async function checkZip(bytes: Buffer, limits: ZipLimits = {}): Promise<string[]> {
  const maxBytes = limits.maxUncompressedBytes ?? defaultMaxUncompressedBytes;
  const maxEntries = limits.maxEntries ?? 10_000;
  let files: ZipEntry[];
  try {
    unzipper ??= createRequire(import.meta.url)("unzipper") as Unzipper;
    ({ files } = await unzipper.Open.buffer(bytes));
  } catch {
    throw damaged();
  }
  if (files.length > maxEntries) throw bomb(maxBytes);
  const entries = files.filter((file) => file.type === "File");
  let declared = 0;
  for (const entry of entries) declared += entry.uncompressedSize;
  if (declared > maxBytes) throw bomb(maxBytes);
  let actual = 0;
  for (const entry of entries) {
    const stream = entry.stream();
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        actual += chunk.length;
        if (actual > maxBytes) throw bomb(maxBytes);
      }
    } catch (error) {
      throw error instanceof FileProblem ? error : damaged();
    } finally {
      stream.destroy();
    }
  }
  return files.map((file) => file.path);
}
