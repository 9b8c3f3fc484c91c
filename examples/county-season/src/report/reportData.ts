import type { Locale } from '@hezuo/core';

/** A point on the map, in WGS-84 degrees. */
export interface MapPoint {
  readonly lng: number;
  readonly lat: number;
}

/** What the HTML report shows; every amount in fen. */
export interface ReportData {
  readonly locale: Locale;
  readonly title: string;
  /** Lines of the summary, as printed to the terminal. */
  readonly summary: readonly string[];
  /** Members per grade, best grade first. */
  readonly grades: readonly { readonly grade: string; readonly count: number }[];
  /** Surplus paid to each member (patronage refund + dividend), largest first. */
  readonly surplusByMember: readonly { readonly memberId: string; readonly amountFen: number }[];
  /** Service centres and the plots they serve. */
  readonly coverage: {
    readonly centers: readonly (MapPoint & {
      readonly id: string;
      readonly name: string;
      readonly radiusKm: number;
    })[];
    readonly plots: readonly (MapPoint & { readonly centerId: string | null })[];
  };
  /** Score stability between last season's and this season's scores. */
  readonly stability: {
    readonly psi: number;
    readonly bins: readonly { readonly label: string; readonly expected: number; readonly actual: number }[];
  };
}
