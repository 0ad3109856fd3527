import { Id } from "../schemas/common.js";
import { ValidationError } from "./errors.js";
import { safeParse } from "./validate.js";

/**
 * The path of one record, `<collection path>/<id>`, once the id is known to be one the API could
 * hold; otherwise a ValidationError about `subject` (such as `id of programmes.get`).
 */
export function recordPath(collectionPath: string, id: string, subject: string): string {
  const checked = safeParse(Id, id);
  if (!checked.success) throw ValidationError.fromZod(subject, checked.error.issues.map((issue) => ({ ...issue, path: ["id"] })));
  // URLs resolve "." and ".." (even percent-encoded) as dot segments, so such an id would name another resource.
  if (id === "." || id === "..") throw new ValidationError(subject, [{ path: "id", message: `${JSON.stringify(id)} cannot be sent as a path segment` }]);
  return `${collectionPath}/${encodeURIComponent(id)}`;
}
