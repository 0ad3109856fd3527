import { importMediaTypes } from "@chanjiao/sdk";
import { storedKey } from "../../app/session.js";

/** True for a file the server imports, by its extension: the SDK tells the format the same way. */
export const importable = (fileName: string): boolean => (fileName.toLowerCase().split(".").pop() ?? "") in importMediaTypes;

const authorised = () => ({ Authorization: `Bearer ${storedKey() ?? ""}` });
const api = (path: string) => new URL(`../v1/${path}`, document.baseURI).href;

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
