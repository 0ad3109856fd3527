import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** The text encodings a CSV may come in. */
export type TextEncoding = "utf-8" | "gb18030";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decodes a text file: UTF-8 (with or without a byte order mark) when the bytes are valid UTF-8,
 * otherwise GB18030, what Excel and WPS in China write for "CSV". The BOM is dropped.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = utf8.decode(bytes);
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030"), encoding: "gb18030" };
  }
}

/**
 * A text file as UTF-8 bytes without a byte order mark, and the encoding it came in (as
 * {@link decodeText} tells it): a UTF-8 file's own bytes, checked but not decoded (a 6 MB CSV file
 * is not also held as 12 MB of text), or GB18030 decoded and encoded again.
 */
export function asUtf8(bytes: Buffer): { utf8: Buffer; encoding: TextEncoding } {
  if (isUtf8(bytes)) return { utf8: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, encoding: "utf-8" };
  return { utf8: Buffer.from(decodeText(bytes).text, "utf8"), encoding: "gb18030" };
}
