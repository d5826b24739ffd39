/** Shading of the district layer by number of complaints. */

/** Sequential blues (ColorBrewer "Blues"), from no complaints to the most. */
const SHADES = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

export interface ShadeClass {
  /** Lowest and highest count of the class, both included. */
  min: number;
  max: number;
  colour: string;
}

/** Classes for counts up to `max`: one for zero, then up to four of equal width. */
export function shadeClasses(max: number): ShadeClass[] {
  const classes: ShadeClass[] = [{ min: 0, max: 0, colour: SHADES[0]! }];
  if (max <= 0) {
    return classes;
  }
  const width = Math.ceil(max / 4);
  for (let start = 1, shade = 1; start <= max; start += width, shade += 1) {
    classes.push({ min: start, max: Math.min(max, start + width - 1), colour: SHADES[shade]! });
  }
  return classes;
}
