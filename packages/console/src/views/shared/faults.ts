import { HttpError, NetworkError, TimeoutError, ValidationError } from "@chanjiao/sdk";

/** What went wrong with a call, as a view tells its user. */
export type Fault =
  | { kind: "invalid"; issues: ReadonlyArray<{ path: string; message: string }> }
  | { kind: "stale" | "forbidden" | "not-found" | "too-many" | "offline" | "expired" }
  | { kind: "other"; message: string };

/** Sorts an error of the SDK into what the views say about it. */
export function faultOf(error: unknown): Fault {
  if (error instanceof ValidationError && error.url === undefined) return { kind: "invalid", issues: error.issues };
  if (error instanceof HttpError) {
    switch (error.status) {
      case 401:
        return { kind: "expired" };
      case 403:
        return { kind: "forbidden" };
      case 404:
        return { kind: "not-found" };
      case 409:
        // A value another record holds (an organisation's credit code) is told beside its field; an id taken is told whole.
        if (error.problem?.errors?.length) return { kind: "invalid", issues: error.problem.errors };
        break;
      case 412:
        return { kind: "stale" };
      case 422:
        return { kind: "invalid", issues: error.problem?.errors ?? [{ path: "", message: error.problem?.detail ?? error.message }] };
      case 429:
        return { kind: "too-many" };
    }
    return { kind: "other", message: error.problem?.detail ?? error.message };
  }
  if (error instanceof NetworkError || error instanceof TimeoutError) return { kind: "offline" };
  return { kind: "other", message: error instanceof Error ? error.message : String(error) };
}

/** Tells the shell that the key no longer works (revoked meanwhile), so that it signs out with a message. */
export function reportExpired(from: EventTarget): void {
  from.dispatchEvent(new Event("cj-session-expired", { bubbles: true, composed: true }));
}
