/** Every item of an async iterable (such as `client.collection(definition).all(...)`), in order. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const result: T[] = [];
  for await (const item of items) result.push(item);
  return result;
}
