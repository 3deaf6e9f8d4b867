/**
 * Runs `work` over `items` with at most `limit` calls in flight, results in input order: enough
 * calls to overlap whatever waits (WebCrypto in the thread pool, the disk), while ten thousand at
 * once would hold every file in memory at the same time.
 */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
