import { staticExportPath } from "@chanjiao/sdk";

const answers = (url: string) => fetch(url, { headers: { accept: "application/json" } }).then((response) => response.ok, () => false);

/**
 * Whether `api` is a static export rather than a live API: its index does not answer as a
 * server's does, but the export's index file is there. So the builder copied beside an export
 * reads it without being told.
 */
export async function isStaticExport(api: string): Promise<boolean> {
  const base = new URL(api, location.href).href.replace(/\/?$/, "/");
  if (await answers(base.slice(0, -1))) return false;
  return answers(new URL(staticExportPath(""), base).href);
}
