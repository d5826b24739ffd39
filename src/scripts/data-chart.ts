/**
 * <data-chart>: draws a chart.js chart from the table inside it. The table stays on the page,
 * so the numbers remain readable without JavaScript, by screen readers and in print.
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
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip, Legend);

/** Okabe–Ito colours: distinguishable with the common kinds of colour blindness. */
const COLOURS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'];
/** Dash patterns, so lines differ in print and in grey scale too. */
const DASHES = [[], [6, 4], [2, 3], [10, 3, 2, 3]];

const numberFormat = new Intl.NumberFormat('id-ID');

class DataChart extends HTMLElement {
  connectedCallback(): void {
    const table = this.querySelector('table');
    const holder = this.querySelector<HTMLElement>('.chart-canvas');
    if (!table || !holder || holder.querySelector('canvas')) {
      return;
    }

    const kind = this.dataset.kind ?? 'bar';
    const wanted = new Set((this.dataset.series ?? '').split(',').filter(Boolean));
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
          data: rows.map((row) => Number(row.querySelectorAll('td')[column]?.getAttribute('data-value') ?? 0)),
          backgroundColor: colour,
          borderColor: colour,
          borderDash: kind === 'line' ? DASHES[index % DASHES.length] : [],
          borderWidth: kind === 'line' ? 2 : 0,
          pointRadius: kind === 'line' ? 3 : 0,
        };
      });

    const horizontal = kind === 'horizontal-bar';
    const canvas = document.createElement('canvas');
    holder.style.height = horizontal ? `${Math.max(160, labels.length * (datasets.length * 14 + 14) + 60)}px` : '300px';
    holder.append(canvas);

    const configuration: ChartConfiguration<'bar' | 'line'> = {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: datasets.length > 1, position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${numberFormat.format(Number(item.raw))}` } },
        },
        scales: {
          [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0, callback: (value) => numberFormat.format(Number(value)) } },
        },
      },
    };
    new Chart(canvas, configuration);
  }
}

if (!customElements.get('data-chart')) {
  customElements.define('data-chart', DataChart);
}
