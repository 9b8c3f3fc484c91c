import type { Federation } from '../federation';

export { thrown } from '../../__tests__/thrown';

/** A federation with defaults, for tests. */
export function federation(fields: Partial<Federation> & Pick<Federation, 'id' | 'level'>): Federation {
  return {
    kind: 'federation',
    name: `${fields.id} 农合联`,
    type: 'regional',
    regionCode: '370781',
    ...fields,
  };
}
