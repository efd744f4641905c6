/**
 * What to change in a data set so that it holds `next` and nothing else: the ids that are
 * gone are removed, new and changed entries are updated, unchanged ones are left alone.
 */
export function planDataSync<T extends { id: string }>(
  current: readonly T[],
  next: readonly T[],
): { remove: string[]; update: T[] } {
  const nextIds = new Set(next.map((item) => item.id));
  const currentById = new Map(current.map((item) => [item.id, item]));
  return {
    remove: current.filter((item) => !nextIds.has(item.id)).map((item) => item.id),
    update: next.filter((item) => {
      const before = currentById.get(item.id);
      return before === undefined || !sameFields(before, item);
    }),
  };
}

function sameFields(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every((key) => sameValue(Reflect.get(a, key), Reflect.get(b, key)));
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return Object.is(a, b);
}
