// Writes a JSON array element by element, so a large export never exists as one string.
import type { Sink } from './model';

export async function writeJsonArray<T>(out: Sink, items: AsyncIterable<T>, toJson: (item: T) => unknown | undefined, indent = '    '): Promise<number> {
  let count = 0;
  await out.write('[');
  for await (const item of items) {
    const value = toJson(item);
    if (value === undefined) continue;
    await out.write(`${count === 0 ? '' : ','}\n${indent}${JSON.stringify(value)}`);
    count += 1;
  }
  await out.write(count ? `\n${indent.slice(2)}]` : ']');
  return count;
}
