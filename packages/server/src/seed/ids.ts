import { createHash } from "node:crypto";

/** A stable id from a prefix and the text that identifies a record (its name), so re-seeding keeps ids. */
export function stableId(prefix: string, text: string): string {
  return `${prefix}-${createHash("sha256").update(text).digest("hex").slice(0, 10)}`;
}

/** A lower-case ASCII slug, such as `south-africa` for "South Africa". */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
