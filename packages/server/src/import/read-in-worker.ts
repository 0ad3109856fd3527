import { Worker } from "node:worker_threads";
import { type Bilingual, FileProblem, type FileProblemCode } from "../files/index.js";
import { type PackedRows, unpackRows } from "./packed-rows.js";
import type { PreparedRow, PreparedRows, RowsInput, StoredKeys } from "./read-rows.js";

/** What the worker thread of an import sends: the file's head, then batches of rows (packed, unless one has problems), then the end; or what is wrong with the file. */
export type FromWorker =
  | { kind: "head"; head: RowsHead }
  | { kind: "rows"; rows: PreparedRow[] }
  | { kind: "packed"; rows: PackedRows }
  | { kind: "end" }
  | { kind: "file-problem"; code: FileProblemCode; text: Bilingual; where: { line?: number; cell?: string; sheet?: string } };

/** What the worker is sent: the records stored (once, before any row), then room for one more batch (null) each time one is taken. */
export type ToWorker = { stored: StoredKeys } | null;

/** A file's format, language, header and problems as a whole: what is known before its rows. */
export type RowsHead = Omit<PreparedRows, "batches">;

/**
 * Batches the worker may send before the storing thread has taken one (see `rowsPerMessage` in
 * rows-worker.ts): 400 rows, enough that neither thread waits on the other. What is sent ahead is
 * held, copied into this thread, until it is stored; what is held when the garbage collector runs
 * twice is moved to the old generation, which is collected only once it has grown a few times
 * over. Measured on 100,000 rows: 2 batches of 500 rows ahead, peaks of 173-240 MB for the whole
 * import; 4 of 100, 166-177 MB (over 20 runs), and the import 0.1 s faster.
 */
const ahead = 4;

/**
 * The most heap the worker may use for a file of this many bytes: room for a JSON file or a
 * workbook read whole (16 times the file), and a bound that V8 sizes its collections by. Without
 * one, V8 lets the garbage of a long CSV import pile up to tens of megabytes before collecting it
 * (measured on 100,000 rows: peak 230-260 MB for the whole import, 185 MB with it).
 */
export function readerHeapMb(bytes: number): number {
  return 512 + 16 * Math.ceil(bytes / 2 ** 20);
}

/** The worker's young generation: half of V8's default, as much work and 16 MB less held. */
const youngGenerationMb = 16;

/**
 * The worker, from the built package, bundled into one module that loads faster than its parts (see
 * scripts/bundle-rows-worker.mjs); or, run from the sources (as most tests are, with tsx), its .ts
 * file, through tsx, whose `--import` hooks Node 20 does not give a worker thread.
 */
function startWorker(workerData: unknown, transferList: ArrayBuffer[], heapMb: number): Worker {
  const options = { workerData, transferList, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngGenerationMb } };
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./rows-worker.bundle.js", import.meta.url), options);
  const [tsx, file] = [import.meta.resolve("tsx/esm/api"), new URL("./rows-worker.ts", import.meta.url).href];
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(file)}); })`, { eval: true, ...options });
}

/** The file's buffer, when the caller hands it over and it holds the file alone: moved to the worker rather than copied. */
function movable(input: RowsInput, handOver: boolean): ArrayBuffer[] {
  const { buffer, byteOffset, byteLength } = input.bytes;
  return handOver && buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength ? [buffer] : [];
}

/** A file's rows as a worker thread prepares them (see read-rows.ts). */
export interface RowsInWorker {
  head: RowsHead;
  /**
   * The rows, a batch at a time, prepared against the records stored (a row that names one is sent
   * with its value, any other with the record it makes); throws a {@link FileProblem} where the file
   * turns out unreadable.
   */
  batches(stored: StoredKeys): AsyncIterable<PreparedRow[]>;
  /** Ends the thread, whether or not every row was read. */
  stop(): Promise<void>;
}

/**
 * Reads and prepares a file's rows in a worker thread, so the thread that stores them (and answers
 * requests) spends no time parsing or checking the contract, and both run at once. With `handOver`,
 * the caller gives up `input.bytes`, which the worker takes without a copy. A file that needs more
 * than `heapMb` to read is a {@link FileProblem}.
 */
export async function readInWorker(input: RowsInput, handOver = false, heapMb = readerHeapMb(input.bytes.byteLength)): Promise<RowsInWorker> {
  const worker = startWorker({ input, ahead }, movable(input, handOver), heapMb);
  const received: FromWorker[] = [];
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on("message", (message: FromWorker) => {
    received.push(message);
    wake?.();
  });
  worker.on("error", (error: Error & { code?: string }) => {
    failure =
      error.code === "ERR_WORKER_OUT_OF_MEMORY"
        ? new FileProblem("too_large", {
            "zh-CN": `读取这个文件需要的内存超过了一次导入可用的 ${heapMb} MB；请把它拆成几个较小的文件分别导入`,
            en: `reading this file needs more than the ${heapMb} MB of memory an import may use; split it into smaller files and import each`,
          })
        : error;
    wake?.();
  });
  worker.on("exit", () => {
    failure ??= new Error("The import's worker thread ended before the end of the file.");
    wake?.();
  });
  const next = async (): Promise<Exclude<FromWorker, { kind: "file-problem" }>> => {
    while (received.length === 0) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    const message = received.shift()!;
    if (message.kind === "file-problem") throw new FileProblem(message.code, message.text, message.where);
    return message;
  };
  const stop = async () => {
    await worker.terminate();
  };
  try {
    const first = await next();
    if (first.kind !== "head") throw new Error("The import's worker thread sent rows before the file's head.");
    return {
      head: first.head,
      async *batches(stored) {
        const post = (message: ToWorker) => worker.postMessage(message);
        post({ stored });
        for (let message = await next(); message.kind === "rows" || message.kind === "packed"; message = await next()) {
          // Room for one more batch in the worker.
          post(null);
          yield message.kind === "packed" ? unpackRows(message.rows) : message.rows;
        }
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
