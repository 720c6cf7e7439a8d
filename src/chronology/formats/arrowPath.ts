/**
 * True for a file name or address of an Arrow chronology (`.arrow`, `.arrows`, `.feather`). Apart
 * from the Arrow code, so a caller can tell without loading `apache-arrow` (a third of a second).
 */
export function isArrowPath(name: string): boolean {
  return /\.(arrows?|feather)(\?.*)?$/i.test(name);
}
