import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { type Encoding, minCompressedBytes } from "./compression.js";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Content types worth compressing: scripts, styles, pages, JSON and SVG. Images and fonts are compressed already. */
const compressibleType = /^(text\/|application\/(json|geo\+json)|image\/svg\+xml)/;

/** Larger files stream as they are: compressing one would hold it whole in memory. */
const maxSourceBytes = 4 * 1024 * 1024;

/** Memory for compressed files, per server; the least recently served go first. */
const maxKeptBytes = 16 * 1024 * 1024;

/** Whether a file of this type and size is sent compressed to a client that accepts it. */
export function isCompressible(contentType: string, size: number): boolean {
  return compressibleType.test(contentType) && size >= minCompressedBytes && size <= maxSourceBytes;
}

/**
 * Static files compressed once per version (path and ETag) and kept, so that a page's scripts and
 * styles travel compressed without compressing them again for each visitor. Files change rarely and
 * are compressed once, so brotli runs at its highest quality, off the event loop.
 */
export class CompressedFiles {
  readonly #kept = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  readonly #sizes = new Map<string, number>();
  #bytes = 0;

  /** The file's bytes in `encoding`, compressed now or kept from before. */
  get(path: string, etag: string, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
    const key = `${encoding} ${etag} ${path}`;
    const kept = this.#kept.get(key);
    if (kept) {
      // Served again: it moves to the end of the order in which files are let go.
      this.#kept.delete(key);
      this.#kept.set(key, kept);
      return kept;
    }
    const made = compress(path, encoding);
    this.#kept.set(key, made);
    made.then(
      (bytes) => this.#settle(key, bytes.byteLength),
      () => this.#kept.delete(key),
    );
    return made;
  }

  #settle(key: string, size: number): void {
    if (!this.#kept.has(key)) return;
    this.#sizes.set(key, size);
    this.#bytes += size;
    for (const oldest of this.#kept.keys()) {
      if (this.#bytes <= maxKeptBytes) break;
      const oldestSize = this.#sizes.get(oldest);
      if (oldestSize === undefined) continue;
      this.#kept.delete(oldest);
      this.#sizes.delete(oldest);
      this.#bytes -= oldestSize;
    }
  }
}

async function compress(path: string, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  const source = await readFile(path);
  // zlib answers a Buffer over an ArrayBuffer of its own, never a shared one.
  return (encoding === "br"
    ? brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength } })
    : gzipAsync(source, { level: 9 })) as Promise<Uint8Array<ArrayBuffer>>;
}
