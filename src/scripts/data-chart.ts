/**
 * <data-chart>: draws a chart.js chart from the table inside it. The table stays on the page,
 * so the numbers remain readable without JavaScript, by screen readers and in print.
 *
 * chart.js is loaded only when the first chart comes within 200 pixels of the viewport (a
 * dynamic import of src/scripts/chart-drawing.ts), which keeps it out of the page's first
 * transfer. A chart never scrolled near is not drawn, so a printout shows only its table.
 */

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
    chartObserver().observe(this);
  }

  disconnectedCallback(): void {
    observer?.unobserve(this);
  }
}

if (!customElements.get('data-chart')) {
  customElements.define('data-chart', DataChart);
}
