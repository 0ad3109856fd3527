// A canonical file name must survive case-insensitive file systems and every static host or
// object store unchanged, so it uses only lower-case letters, digits, "-", "_", "~" and ".".
const KEPT = /[a-z0-9-]/;

/** One path segment, parameter name or value, encoded as {@link staticExportPath} describes. */
function encodeStaticName(text: string): string {
  let encoded = "";
  for (const char of text) {
    if (KEPT.test(char)) encoded += char;
    else if (char >= "A" && char <= "Z") encoded += `_${char.toLowerCase()}`;
    else for (const byte of new TextEncoder().encode(char)) encoded += `~${byte.toString(16).padStart(2, "0")}`;
  }
  return encoded;
}

/**
 * The file of a static export that holds the answer to `GET <API root>/<path>?<query>`, relative
 * to the API root. The export writes each answer at this name and a client created with
 * `static: true` reads it from there, so the two cannot disagree.
 *
 * - no query: `<path>.json` (`consortia.json`, `consortia/<id>.json`, `talent/signals.json`), and
 *   `index.json` for the API root itself
 * - a query: `<path>/q/<canonical query>.json`, where the canonical query is the parameters as
 *   `name.value` pairs, sorted and joined by `.`: `?region=320000&groupBy=level` →
 *   `q/group_by.level.region.320000.json`. A canonical query longer than 200 characters is cut
 *   into folders of 200.
 *
 * Every path segment, name and value is encoded to a name that is safe on any file system and in
 * any URL, and two different inputs never give the same name: `a-z`, `0-9` and `-` stay, an
 * upper-case letter becomes `_` and its lower-case form (`groupBy` → `group_by`), and every other
 * UTF-8 byte becomes `~` and two lower-case hex digits (`.` → `~2e`, `新` → `~e6~96~b0`).
 *
 * Path segments are percent-decoded first, so `consortia/a%20b` and `consortia/a b` name the same file.
 *
 * @param path - The path under the API root, such as `talent/gaps` or `schools/school-1108860d48`.
 * @param query - The query parameters; an empty one counts as none.
 */
export function staticExportPath(path: string, query?: URLSearchParams): string {
  const segments = path
    .split("/")
    .filter((segment) => segment !== "")
    .map((segment) => encodeStaticName(decodeURIComponent(segment)));
  // Sorted as encoded `name.value` pairs, in code-unit order: the same on every machine, whatever the locale.
  const canonical = [...(query ?? [])].map(([name, value]) => `${encodeStaticName(name)}.${encodeStaticName(value)}`).sort().join(".");
  if (!canonical) return `${segments.length ? segments.join("/") : "index"}.json`;
  // Ext4, APFS and NTFS allow 255 bytes per name, so a long query is cut into folders of 200 characters.
  return [...segments, "q", ...(canonical.match(/.{1,200}/g) ?? [])].join("/") + ".json";
}
