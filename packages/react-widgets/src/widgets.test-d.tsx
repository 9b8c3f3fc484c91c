import type { FertilizerProduct } from '@hezuo/agri-input';
import type { MemberStatement as CoreMemberStatement, ScoreResult } from '@hezuo/core';
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CreditRatingCard,
  type CreditRatingCardProps,
  type FertilizerPlanner,
  type MemberStatement,
  type MembershipApplication,
  type MembershipApplicationForm,
  type MountedWidget,
  mount,
  type WidgetName,
} from './index';

describe('widget prop types', () => {
  it('take what core and agri-input return', () => {
    expectTypeOf<ComponentProps<typeof CreditRatingCard>>().toEqualTypeOf<CreditRatingCardProps>();
    expectTypeOf<CreditRatingCardProps['result']>().toEqualTypeOf<ScoreResult>();
    expectTypeOf<ComponentProps<typeof MemberStatement>['statement']>().toEqualTypeOf<CoreMemberStatement>();
    expectTypeOf<ComponentProps<typeof FertilizerPlanner>['products']>().toEqualTypeOf<
      readonly FertilizerProduct[]
    >();
  });

  it('hand a typed application to onSubmit', () => {
    expectTypeOf<ComponentProps<typeof MembershipApplicationForm>['onSubmit']>().toEqualTypeOf<
      ((application: MembershipApplication) => void) | undefined
    >();
    // @ts-expect-error result is required
    void (<CreditRatingCard />);
  });

  it('mount returns update, unmount and on', () => {
    expectTypeOf(mount).returns.toEqualTypeOf<MountedWidget>();
    expectTypeOf<WidgetName>().toEqualTypeOf<
      'CreditRatingCard' | 'MemberStatement' | 'MembershipApplicationForm' | 'FertilizerPlanner'
    >();
  });
});
