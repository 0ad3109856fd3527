import { storedKey } from "../../app/session.js";

/** What the server says of an import or a dry run: see the ImportReport of the OpenAPI document. */
export interface ImportReport {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  written: boolean;
  problems: Array<{ line: number | null; column: string | null; message: string }>;
}

/** The media type the server reads a file as, by its extension; `null` for a file it cannot import. */
export function mediaTypeOf(fileName: string): string | null {
  const extension = fileName.toLowerCase().split(".").pop();
  return (
    { csv: "text/csv", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", json: "application/json", ndjson: "application/x-ndjson" }[extension ?? ""] ??
    null
  );
}

const authorised = () => ({ Authorization: `Bearer ${storedKey() ?? ""}` });
const api = (path: string) => new URL(`../v1/${path}`, document.baseURI).href;

/**
 * Sends a file to `POST /v1/<collection>/imports`: a dry run, or the import. The SDK has no file
 * upload (it speaks JSON), so the console sends the file itself, with the key of this tab.
 */
export async function sendImport(collectionPath: string, file: File, dryRun: boolean): Promise<{ status: number; report: ImportReport | null }> {
  const response = await fetch(api(`${collectionPath}/imports${dryRun ? "?dryRun=true" : ""}`), {
    method: "POST",
    headers: { ...authorised(), "Content-Type": mediaTypeOf(file.name) ?? "application/octet-stream" },
    body: file,
  });
  const body = (await response.json().catch(() => null)) as (ImportReport & { report?: ImportReport }) | null;
  return { status: response.status, report: body?.report ?? (response.ok ? body : null) };
}

/** Downloads the collection's import template in a format and language, as the browser saves a file. */
export async function downloadTemplate(collectionPath: string, format: "csv" | "xlsx", lang: string): Promise<number> {
  const response = await fetch(api(`${collectionPath}/imports/template?format=${format}&lang=${encodeURIComponent(lang)}`), { headers: authorised() });
  if (!response.ok) return response.status;
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get("content-disposition") ?? "")?.[1];
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ? decodeURIComponent(name) : `${collectionPath}-template.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return response.status;
}
