// The worker thread of an import (see read-in-worker.ts): reads the file and prepares its rows, a
// batch at a time, sending a batch only while the thread storing them has fewer than
// `workerData.ahead` unread, so memory holds a few batches whatever the file's length.
import { parentPort, workerData } from "node:worker_threads";
import { FileProblem } from "../files/index.js";
import { packRows } from "./packed-rows.js";
import { type PreparedRow, prepareRows, type RowsInput, type StoredKeys } from "./read-rows.js";
import type { FromWorker, ToWorker } from "./read-in-worker.js";

const port = parentPort!;
const { input, ahead } = workerData as { input: RowsInput; ahead: number };
/** Rows a message carries: few, so that what the storing thread holds dies young (see `ahead` in read-in-worker.ts). */
const rowsPerMessage = 100;
const send = (message: FromWorker) => port.postMessage(message);

let credit = ahead;
let stored: StoredKeys | undefined;
let wake: (() => void) | undefined;
const onMessage = (message: ToWorker) => {
  if (message === null) credit++;
  else stored = message.stored;
  wake?.();
};
port.on("message", onMessage);
const until = async (ready: () => boolean) => {
  while (!ready()) await new Promise<void>((resolve) => (wake = resolve));
};

try {
  const { batches, ...head } = await prepareRows(input);
  send({ kind: "head", head });
  // Which rows update a record is known once the storing thread has read the stored ones.
  await until(() => stored !== undefined);
  const sendRows = async (rows: PreparedRow[]) => {
    await until(() => credit > 0);
    credit--;
    const packed = packRows(rows);
    send(packed ? { kind: "packed", rows: packed } : { kind: "rows", rows });
  };
  // A CSV file is read some tens of rows at a time, a JSON file whole: they go in messages of about the same size.
  let rows: PreparedRow[] = [];
  for (const batch of batches(stored!)) {
    for (const row of batch) {
      rows.push(row);
      if (rows.length < rowsPerMessage) continue;
      await sendRows(rows);
      rows = [];
    }
  }
  if (rows.length) await sendRows(rows);
  send({ kind: "end" });
} catch (error) {
  if (!(error instanceof FileProblem)) throw error;
  send({ kind: "file-problem", code: error.code, text: { "zh-CN": error.messageIn("zh-CN"), en: error.messageIn("en") }, where: { ...(error.line === undefined ? {} : { line: error.line }), ...(error.cell === undefined ? {} : { cell: error.cell }), ...(error.sheet === undefined ? {} : { sheet: error.sheet }) } });
} finally {
  // Nothing more to wait for: the thread ends.
  port.off("message", onMessage);
}
