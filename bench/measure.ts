/**
 * What every bench prints and times with: one `bench: <name> <value> <unit>` line per figure
 * (scripts/bench.mjs reads them), ratios with two decimals, the rest rounded.
 */
export function line(name: string, value: number, unit: string): void {
  process.stdout.write(
    `bench: ${name} ${unit === 'x' ? value.toFixed(2) : Math.round(value)} ${unit}\n`,
  );
}

export async function time<T>(run: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await run();
  return [result, performance.now() - start];
}
