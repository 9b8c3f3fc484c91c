import type { FertilizerProduct } from '@hezuo/agri-input';
import type { MemberStatement as CoreMemberStatement, ScoreResult } from '@hezuo/core';
import type { LoanSchedule, RepaymentMethod } from '@hezuo/finance';
import type {
  ServiceCatalogueInput,
  ServiceCenter,
  TrusteeshipQuote as TrusteeshipQuoteResult,
} from '@hezuo/trusteeship';
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import {
  CreditRatingCard,
  type CreditRatingCardProps,
  type CropInsuranceQuote,
  type FertilizerPlanner,
  InsuranceQuote,
  LoanCalculator,
  type MemberStatement,
  type MembershipApplication,
  type MembershipApplicationForm,
  type MountedWidget,
  mount,
  ServiceCenterFinder,
  type TrusteeshipQuote,
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

  it('TrusteeshipQuote and ServiceCenterFinder take the trusteeship plugin’s records', () => {
    expectTypeOf<ComponentProps<typeof TrusteeshipQuote>['onQuote']>().toEqualTypeOf<
      ((quote: TrusteeshipQuoteResult) => void) | undefined
    >();
    expectTypeOf<ComponentProps<typeof TrusteeshipQuote>['catalogue']>().toEqualTypeOf<
      ServiceCatalogueInput | undefined
    >();
    expectTypeOf<ComponentProps<typeof ServiceCenterFinder>['centers']>().toEqualTypeOf<
      readonly ServiceCenter[]
    >();
    expectTypeOf<ComponentProps<typeof ServiceCenterFinder>['onSelect']>().toEqualTypeOf<
      ((center: ServiceCenter) => void) | undefined
    >();
    // @ts-expect-error a place carries its datum
    void (<ServiceCenterFinder centers={[]} place={{ lng: 119.77, lat: 36.39 }} />);
  });

  it('LoanCalculator and InsuranceQuote take fen and hand over finance’s results', () => {
    expectTypeOf<ComponentProps<typeof LoanCalculator>['onSchedule']>().toEqualTypeOf<
      ((schedule: LoanSchedule) => void) | undefined
    >();
    expectTypeOf<ComponentProps<typeof LoanCalculator>['methods']>().toEqualTypeOf<
      readonly RepaymentMethod[] | undefined
    >();
    expectTypeOf<ComponentProps<typeof InsuranceQuote>['onQuote']>().toEqualTypeOf<
      ((quote: CropInsuranceQuote) => void) | undefined
    >();
    expectTypeOf<CropInsuranceQuote['subsidy']['farmerFen']>().toEqualTypeOf<number>();
    // @ts-expect-error months between due dates are 1, 2, 3, 4, 6 or 12
    void (<LoanCalculator frequencies={[5]} />);
    // @ts-expect-error the subsidy terms are required
    void (<InsuranceQuote products={[]} />);
  });

  it('mount returns update, unmount and on', () => {
    expectTypeOf(mount).returns.toEqualTypeOf<MountedWidget>();
    expectTypeOf<WidgetName>().toEqualTypeOf<
      | 'CreditRatingCard'
      | 'MemberStatement'
      | 'MembershipApplicationForm'
      | 'FertilizerPlanner'
      | 'TrusteeshipQuote'
      | 'ServiceCenterFinder'
      | 'LoanCalculator'
      | 'InsuranceQuote'
    >();
  });
});
