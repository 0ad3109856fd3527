import { type Bilingual, FileProblem } from "./problem.js";

/** The formats Chanjiao imports. */
export type FileFormat = "csv" | "xlsx" | "json" | "ndjson";

/** The media type of each format, as an HTTP body declares it. */
export const mediaTypes: Record<FileFormat, string> = {
  csv: "text/csv",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
  ndjson: "application/x-ndjson",
};

const formatNames: Record<FileFormat, Bilingual> = {
  csv: { "zh-CN": "CSV", en: "CSV" },
  xlsx: { "zh-CN": "Excel 工作簿（.xlsx）", en: "an Excel workbook (.xlsx)" },
  json: { "zh-CN": "JSON", en: "JSON" },
  ndjson: { "zh-CN": "NDJSON（每行一个 JSON 对象）", en: "NDJSON (one JSON object a line)" },
};

/**
 * The format a file name's extension or a media type declares: `data.csv`, `.xlsx`, `text/csv`,
 * `application/json; charset=utf-8`; `undefined` for anything else.
 */
export function declaredFormat(nameOrMediaType: string): FileFormat | undefined {
  const value = nameOrMediaType.trim().toLowerCase();
  const mediaType = value.split(";")[0]!.trim();
  switch (mediaType) {
    case "text/csv":
    case "application/csv":
    case "text/comma-separated-values":
      return "csv";
    case mediaTypes.xlsx:
      return "xlsx";
    case "application/json":
      return "json";
    case "application/x-ndjson":
    case "application/ndjson":
    case "application/jsonl":
    case "application/jsonlines":
      return "ndjson";
  }
  const extension = /\.([a-z0-9]+)$/.exec(value)?.[1] ?? (/^[a-z0-9]+$/.test(value) ? value : undefined);
  switch (extension) {
    case "csv":
      return "csv";
    case "xlsx":
      return "xlsx";
    case "json":
      return "json";
    case "ndjson":
    case "jsonl":
      return "ndjson";
  }
  return undefined;
}

/** What the bytes of a file are, by their first bytes. */
export type ContentKind = { kind: "zip" } | { kind: "text" } | { kind: "binary"; what: Bilingual };

const signatures: Array<{ bytes: number[]; offset?: number; what: Bilingual }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: { "zh-CN": "PNG 图片", en: "a PNG image" } },
  { bytes: [0xff, 0xd8, 0xff], what: { "zh-CN": "JPEG 图片", en: "a JPEG image" } },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: { "zh-CN": "GIF 图片", en: "a GIF image" } },
  { bytes: [0x42, 0x4d], what: { "zh-CN": "BMP 图片", en: "a BMP image" } },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: { "zh-CN": "PDF 文档", en: "a PDF document" } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: { "zh-CN": "旧版 Excel/Word 文件（.xls/.doc），请另存为 .xlsx 或 CSV", en: "an old Excel/Word file (.xls/.doc); save it as .xlsx or CSV" } },
  { bytes: [0x1f, 0x8b], what: { "zh-CN": "gzip 压缩文件", en: "a gzip archive" } },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: { "zh-CN": "RAR 压缩文件", en: "a RAR archive" } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: { "zh-CN": "7z 压缩文件", en: "a 7z archive" } },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: { "zh-CN": "RIFF 媒体文件（如 WebP/WAV/AVI）", en: "a RIFF media file (such as WebP, WAV or AVI)" } },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: { "zh-CN": "视频或 HEIC 图片", en: "a video or HEIC image" } },
];

/** What the bytes are: a zip (as an xlsx is), text, or a named or unnamed binary. */
export function sniffContent(bytes: Uint8Array): ContentKind {
  for (const { bytes: signature, offset = 0, what } of signatures) {
    if (bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte)) return { kind: "binary", what };
  }
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07)) return { kind: "zip" };
  // Text has no NUL bytes (UTF-16 would, and is not accepted); GB18030 and UTF-8 never write one.
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return { kind: "binary", what: { "zh-CN": "二进制文件", en: "a binary file" } };
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control++;
  }
  if (control > head.length / 10) return { kind: "binary", what: { "zh-CN": "二进制文件", en: "a binary file" } };
  return { kind: "text" };
}

/** The first non-blank character of a text, past a byte order mark. */
export function firstSignificantChar(text: string): string | undefined {
  return /^[\uFEFF\s]*(\S)/.exec(text.slice(0, 4096))?.[1];
}

/** "this file is a PNG image, not CSV". */
export function notWhatItSays(what: Bilingual, declared: FileFormat): FileProblem {
  return new FileProblem("wrong_format", {
    "zh-CN": `该文件是${what["zh-CN"]}，不是${formatNames[declared]["zh-CN"]}`,
    en: `this file is ${what.en}, not ${formatNames[declared].en}`,
  });
}

/** A format's name in both languages. */
export function formatName(format: FileFormat): Bilingual {
  return formatNames[format];
}
