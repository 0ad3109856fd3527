import assert from "node:assert/strict";

/** The error `promise` rejects with, asserted to be a `type`; fails when it fulfils. */
export async function rejection<E extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => E): Promise<E> {
  const error = await promise.then(
    () => assert.fail("expected a rejection"),
    (reason: unknown) => reason,
  );
  assert.ok(error instanceof type, String(error));
  return error as E;
}
