/**
 * <data-chart>: draws a chart.js chart from the table inside it. The table stays on the page,
 * so the numbers remain readable without JavaScript, by screen readers and in print.
 *
 * chart.js is loaded only when the first chart comes within 200 pixels of the viewport (a
 * dynamic import of src/scripts/chart-drawing.ts), so a page whose charts are all further down
 * does not transfer it before the reader scrolls. A chart never scrolled near is not drawn, so
 * a printout shows only its table.
 */

import { chartHeight, chartShape } from './chart-layout.ts';

/** Distance from the viewport at which a chart starts loading and drawing. */
const PRELOAD_MARGIN = '200px';

let observer: IntersectionObserver | undefined;

function drawWhenLoaded(element: HTMLElement): void {
  void import('./chart-drawing.ts').then(({ drawChart }) => drawChart(element));
}

function chartObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer!.unobserve(entry.target);
          drawWhenLoaded(entry.target as HTMLElement);
        }
      }
    },
    { rootMargin: PRELOAD_MARGIN },
  );
  return observer;
}

class DataChart extends HTMLElement {
  connectedCallback(): void {
    this.reserveHeight();
    chartObserver().observe(this);
  }

  /** Give the chart's holder its final height now, so that drawing it later moves nothing below it. */
  private reserveHeight(): void {
    const table = this.querySelector('table');
    const holder = this.querySelector<HTMLElement>('.chart-canvas');
    if (!table || !holder) {
      return;
    }
    const { labels, seriesCount } = chartShape(this, table);
    holder.style.height = chartHeight(this.dataset.kind ?? 'bar', labels, seriesCount);
  }

  disconnectedCallback(): void {
    observer?.unobserve(this);
  }
}

if (!customElements.get('data-chart')) {
  customElements.define('data-chart', DataChart);
}
