import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

/** The text encodings a CSV may come in. */
export type TextEncoding = "utf-8" | "gb18030";

/**
 * A text file as UTF-8 bytes without a byte order mark, and the encoding it came in: UTF-8 (with or
 * without a byte order mark) when the bytes are valid UTF-8, its own bytes, checked but not decoded
 * (a 6 MB CSV file is not also held as 12 MB of text); otherwise GB18030, what Excel and WPS in
 * China write for "CSV", decoded and encoded again.
 */
export function asUtf8(bytes: Buffer): { utf8: Buffer; encoding: TextEncoding } {
  if (isUtf8(bytes)) return { utf8: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes, encoding: "utf-8" };
  return { utf8: Buffer.from(iconv.decode(bytes, "gb18030"), "utf8"), encoding: "gb18030" };
}
