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
