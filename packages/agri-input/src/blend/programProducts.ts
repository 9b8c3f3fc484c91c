import { HezuoError } from '@hezuo/core';
import type { FertilizerProduct } from '../fertilizerProduct';
import { availableBags } from './blendInput';
import type { ProgramProduct } from './blendProgram';

/**
 * The products of a blend as the linear program sees them, with stock at the service centre
 * and minimum doses; a minimum dose above the stock is refused.
 * @internal
 */
export function toProgramProducts(
  products: readonly FertilizerProduct[],
  serviceCenterId: string | undefined,
  minimumKg: Readonly<Record<string, number>> | undefined,
): ProgramProduct[] {
  return products.map((p) => {
    const bags = availableBags(p, serviceCenterId);
    const maxKg = bags === null ? null : bags * p.bagKg;
    const minKg = minimumKg !== undefined && Object.hasOwn(minimumKg, p.id) ? (minimumKg[p.id] ?? 0) : 0;
    if (maxKg !== null && minKg > maxKg) {
      throw new HezuoError(
        'INVALID_INPUT',
        `the minimum dose of "${p.id}" (${minKg} kg) is more than its stock (${maxKg} kg)`,
        { path: ['input', 'minimumKg', p.id] },
      );
    }
    return {
      fraction: { N: p.grade.N / 100, P2O5: p.grade.P2O5 / 100, K2O: p.grade.K2O / 100 },
      fenPerKg: p.priceFenPerBag / p.bagKg,
      maxKg,
      minKg,
    };
  });
}
