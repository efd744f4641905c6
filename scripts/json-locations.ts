import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

export interface Location {
  line: number;
  column: number;
}

/**
 * Finds where a path points in a JSON text, 1-based: the value at the path, or the nearest
 * part of it that exists (a missing field points at its object).
 */
export function locatePath(text: string, path: readonly (string | number)[]): Location {
  const root = parseTree(text);
  if (root === undefined) return { line: 1, column: 1 };
  let node: Node | undefined;
  for (let length = path.length; length >= 0 && node === undefined; length--) {
    node = findNodeAtLocation(root, path.slice(0, length) as (string | number)[]);
  }
  return offsetToLocation(text, node?.offset ?? 0);
}

export function offsetToLocation(text: string, offset: number): Location {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
