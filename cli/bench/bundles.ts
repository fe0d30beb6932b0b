import { measureBundles } from '../bundle-size';
import { figure, type Figure } from './figure';

/** The built bundles' sizes against their budgets. */
export function benchBundles(): Figure[] {
  return measureBundles().flatMap((b) => [
    figure(
      `bundle ${b.name}, gzip`,
      'KB',
      [b.gzip / 1024],
      b.budgetGzip === null ? null : b.budgetGzip / 1024,
      b.budgetGzip === null ? '' : `≤ ${b.budgetGzip / 1024} KB`,
    ),
    figure(`bundle ${b.name}, raw`, 'KB', [b.raw / 1024], null),
  ]);
}
