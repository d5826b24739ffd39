/**
 * Sizes of a <data-chart> that are known before chart.js loads, so that the element reserves its
 * height at once and the page does not shift when the chart is drawn.
 */

/** Category labels longer than this many characters are wrapped onto several lines. */
const LABEL_WIDTH = 28;

/** Split a long label at spaces into lines of about LABEL_WIDTH characters. */
export function wrapLabel(label: string): string | string[] {
  if (label.length <= LABEL_WIDTH) {
    return label;
  }
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > LABEL_WIDTH) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}

/** Return the CSS height of a chart of `kind` with these category labels and number of series. */
export function chartHeight(kind: string, labels: string[], seriesCount: number): string {
  if (kind !== 'horizontal-bar') {
    return '300px';
  }
  const lineCount = labels.reduce((total, label) => total + Math.max(1, [wrapLabel(label)].flat().length), 0);
  return `${Math.max(160, labels.length * seriesCount * 14 + lineCount * 14 + 60)}px`;
}

/** Return the category labels and the number of drawn series of the table inside `element`. */
export function chartShape(element: HTMLElement, table: HTMLTableElement): { labels: string[]; seriesCount: number } {
  const drawnSeries = new Set((element.dataset.series ?? '').split(',').filter(Boolean));
  const headers = [...table.querySelectorAll<HTMLElement>('thead th[data-series]')];
  const rows = [...table.querySelectorAll('tbody tr')];
  return {
    labels: rows.map((row) => row.querySelector('th')?.textContent?.trim() ?? ''),
    seriesCount: headers.filter((header) => drawnSeries.size === 0 || drawnSeries.has(header.dataset.series ?? '')).length,
  };
}
