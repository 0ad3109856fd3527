import type { Lookups } from "./lookups.js";
import type { RecordFault, Writer } from "./record-writes.js";

type AnyRecord = Record<string, unknown>;

const codeOf = (record: AnyRecord | undefined) => (typeof record?.creditCode === "string" && record.creditCode !== "" ? record.creditCode : undefined);

/**
 * What is wrong with an organisation's 统一社会信用代码, written as `record` over `current` (absent
 * for a new one): another organisation holds it (approved submissions find their enterprise by it,
 * so it names one organisation only), or an editor changes or clears one that is set, which only an
 * admin may. Null when neither; the code is then claimed for the rest of the transaction.
 */
export async function creditCodeFault(lookups: Lookups, writer: Writer, record: AnyRecord, current: AnyRecord | undefined): Promise<RecordFault | null> {
  const code = codeOf(record);
  const was = codeOf(current);
  if (was !== undefined && code !== was && writer.role !== "admin") {
    return { kind: "forbidden", reason: "credit-code-set", detail: "This organisation's unified social credit code is set: only an admin key changes it." };
  }
  if (code === undefined) return null;
  const holder = await lookups.creditCodeHolder(code);
  if (holder !== undefined && holder !== record.id) {
    return { kind: "conflict", path: "creditCode", detail: `The unified social credit code ${code} is already another organisation's (${holder}).` };
  }
  lookups.claimCreditCode(code, String(record.id));
  return null;
}
