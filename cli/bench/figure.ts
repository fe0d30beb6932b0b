/** A bench figure: the median, p95 and number of runs of repeated measurements, with its target. */
export type Figure = {
  name: string;
  unit: string;
  median: number;
  p95: number;
  runs: number;
  target: string;
  met: boolean | null;
};

export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function figure(
  name: string,
  unit: string,
  samples: number[],
  target: number | null,
  targetText = '',
  direction: 'below' | 'at-least' = 'below',
): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  return {
    name,
    unit,
    median,
    p95: quantile(sorted, 0.95),
    runs: samples.length,
    target: target === null ? '—' : targetText || `${direction === 'below' ? '<' : '≥'} ${target} ${unit}`,
    met: target === null ? null : direction === 'below' ? median < target : median >= target,
  };
}

export function format(n: number): string {
  return Number.isNaN(n) ? '—' : n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3);
}
