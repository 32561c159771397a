/**
 * Arrow-key movement between marks laid out as a grid of categories × series (marks listed category by category).
 * `categoryAxis` says which arrows walk the categories: Left/Right for columns and time, Up/Down for horizontal
 * bars; the other pair walks the series of a category. Returns the next mark's index, or undefined when the key is
 * not a navigation key (so the page keeps it).
 */
export function nextMarkIndex(
  key: string,
  current: number,
  grid: { categories: number; series: number },
  categoryAxis: 'x' | 'y',
): number | undefined {
  const { categories, series } = grid;
  if (categories === 0 || series === 0) return undefined;
  let category = Math.floor(current / series);
  let s = current % series;
  const page = Math.max(1, Math.round(categories / 10));
  const forward = categoryAxis === 'x' ? 'ArrowRight' : 'ArrowDown';
  const backward = categoryAxis === 'x' ? 'ArrowLeft' : 'ArrowUp';
  const seriesNext = categoryAxis === 'x' ? 'ArrowUp' : 'ArrowRight';
  const seriesPrevious = categoryAxis === 'x' ? 'ArrowDown' : 'ArrowLeft';
  switch (key) {
    case forward:
      category += 1;
      break;
    case backward:
      category -= 1;
      break;
    case seriesNext:
      s += 1;
      break;
    case seriesPrevious:
      s -= 1;
      break;
    case 'Home':
      category = 0;
      break;
    case 'End':
      category = categories - 1;
      break;
    case 'PageDown':
      category += page;
      break;
    case 'PageUp':
      category -= page;
      break;
    default:
      return undefined;
  }
  category = Math.min(categories - 1, Math.max(0, category));
  s = Math.min(series - 1, Math.max(0, s));
  return category * series + s;
}
