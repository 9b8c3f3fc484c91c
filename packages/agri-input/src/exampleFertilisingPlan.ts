import type { FertilisingPlanRequest } from './agriInputApiTypes';
import { deepFreeze } from './deepFreeze';
import { nutrientValues } from './units';

/**
 * An example plot for demos: 5 mu of winter wheat of member `M001`, sown on 2026-10-08, with a
 * soil test (available N 80, P 20, K 110 mg/kg) and three recent yields (420, 450, 480 kg/mu),
 * supplied from the `sc-dongcun` service centre of {@link EXAMPLE_FERTILIZERS}. Pass it to
 * `hz.agriInput.planFertilising`, or its `recommendation` to `hz.agriInput.recommend`.
 */
export const EXAMPLE_FERTILISING_PLAN: FertilisingPlanRequest = deepFreeze({
  id: 'plan-2026-P07',
  memberId: 'M001',
  plotId: 'P-07',
  sowingDate: '2026-10-08',
  serviceCenterId: 'sc-dongcun',
  recommendation: {
    crop: 'winterWheat',
    targetYield: { recentYieldsKgPerMu: [420, 450, 480] },
    method: {
      kind: 'soilTest',
      soilTestMgPerKg: nutrientValues('mg/kg', { N: 80, P2O5: 20, K2O: 110 }),
      correction: { N: 0.5, P2O5: 0.6, K2O: 0.5 },
    },
    straightFertilizers: { N: 'urea-46-0-0' },
    areaMu: 5,
  },
});
