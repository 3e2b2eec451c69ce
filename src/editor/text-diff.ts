/** The smallest single replacement turning one text into another. Pure. */

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** Common prefix/suffix diff: `before.slice(0,start) + text + before.slice(end) === after`; pure. */
export function minimalReplacement(before: string, after: string): Replacement {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, text: after.slice(start, endA) };
}
