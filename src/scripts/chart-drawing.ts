/**
 * Drawing of a <data-chart>: a chart.js chart from the table inside the element, with only the
 * bar and line components registered. Loaded by src/scripts/data-chart.ts when a chart first
 * comes into view, so pages do not transfer chart.js before a reader scrolls to a chart.
 *
 * Series differ by more than colour: Okabe–Ito colours, which stay distinct with the common
 * kinds of colour blindness, plus a fill pattern per bar series and a dash pattern and point
 * shape per line, so series remain distinct in a grey-scale print.
 */

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type PointStyle,
} from 'chart.js';
import { chartHeight, wrapLabel } from './chart-layout.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Okabe–Ito colours. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
/** Dash patterns, so lines differ in print and in grey scale too. */
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];
const POINT_STYLES: PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'];

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });

/** Return the fill of bar series `index`: solid for the first, then stripes, dots and cross-hatching. */
function barFill(index: number, colour: string): string | CanvasPattern {
  const kind = index % 4;
  if (kind === 0) {
    return colour;
  }

  // An 8 × 8 tile: a light wash of the colour with the pattern drawn over it in full colour.
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) {
    return colour;
  }
  context.fillStyle = colour;
  context.globalAlpha = 0.35;
  context.fillRect(0, 0, 8, 8);

  context.globalAlpha = 1;
  context.strokeStyle = colour;
  context.lineWidth = 2;
  context.beginPath();
  if (kind === 1) {
    context.moveTo(0, 8);
    context.lineTo(8, 0);
  } else if (kind === 2) {
    context.arc(4, 4, 1.6, 0, Math.PI * 2);
    context.fillStyle = colour;
    context.fill();
  } else {
    context.moveTo(0, 0);
    context.lineTo(8, 8);
    context.moveTo(8, 0);
    context.lineTo(0, 8);
  }
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}

function cellValue(cell: Element | undefined): number | null {
  const raw = cell?.getAttribute('data-value') ?? '';
  return raw === '' ? null : Number(raw);
}

/** Draw the chart of `element` from its table, unless it has none or is drawn already. */
export function drawChart(element: HTMLElement): void {
  const table = element.querySelector('table');
  const holder = element.querySelector<HTMLElement>('.chart-canvas');
  if (!table || !holder || holder.querySelector('canvas')) {
    return;
  }

  const kind = element.dataset.kind ?? 'bar';
  const horizontal = kind === 'horizontal-bar';
  const wanted = new Set((element.dataset.series ?? '').split(',').filter(Boolean));
  const headers = [...table.querySelectorAll<HTMLElement>('thead th[data-series]')];
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((row) => row.querySelector('th')?.textContent?.trim() ?? '');

  const datasets = headers
    .map((header, column) => ({ header, column }))
    .filter(({ header }) => wanted.size === 0 || wanted.has(header.dataset.series ?? ''))
    .map(({ header, column }, index) => {
      const colour = COLOURS[index % COLOURS.length]!;
      return {
        label: header.textContent?.trim() ?? '',
        data: rows.map((row) => cellValue(row.querySelectorAll('td')[column])),
        backgroundColor: kind === 'line' ? colour : barFill(index, colour),
        borderColor: colour,
        borderDash: kind === 'line' ? DASHES[index % DASHES.length] : [],
        borderWidth: kind === 'line' ? 2 : 1,
        pointRadius: kind === 'line' ? 3 : 0,
        pointStyle: POINT_STYLES[index % POINT_STYLES.length],
      };
    });

  const wholeNumbers = datasets.every((dataset) => dataset.data.every((value) => value === null || Number.isInteger(value)));
  const canvas = document.createElement('canvas');
  holder.style.height = chartHeight(kind, labels, datasets.length);
  holder.append(canvas);

  const configuration: ChartConfiguration<'bar' | 'line'> = {
    type: kind === 'line' ? 'line' : 'bar',
    data: { labels: horizontal ? labels.map(wrapLabel) : labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { display: datasets.length > 1, position: 'bottom', labels: { usePointStyle: kind === 'line' } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${numberFormat.format(Number(item.raw))}` } },
      },
      scales: {
        [horizontal ? 'x' : 'y']: {
          beginAtZero: true,
          // Counts get whole-number ticks; medians of working days may end in ",5".
          ticks: { precision: wholeNumbers ? 0 : 1, callback: (value) => numberFormat.format(Number(value)) },
        },
      },
    },
  };
  const chart = new Chart(canvas, configuration);
  // Printed pages are narrower than the screen: redraw at the print width and back.
  window.addEventListener('beforeprint', () => chart.resize());
  window.addEventListener('afterprint', () => chart.resize());
}
