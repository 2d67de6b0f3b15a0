/**
 * Joins the cells of one table row into reading order: each cell's first line continues the line
 * before it, so a label | value row reads "当事人 某某公司" on one line; empty cells are skipped.
 */
export function joinCells(cells: readonly string[][], separator = ' '): string[] {
  const out: string[] = [];
  for (const cell of cells) {
    const lines = trimBlankLines(cell.map((line) => line.trim()));
    if (lines.length === 0) continue;
    if (out.length === 0) out.push(...lines);
    else {
      out[out.length - 1] += separator + lines[0];
      out.push(...lines.slice(1));
    }
  }
  return out;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start] === '') start++;
  while (end > start && lines[end - 1] === '') end--;
  return lines.slice(start, end);
}
