import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { type MemberStatementProps, MemberStatementPropsSchema } from './memberStatementProps';
import { useMemberStatement } from './useMemberStatement';

function MemberStatementView(props: MemberStatementProps): ReactElement {
  const s = useMemberStatement(props);
  return (
    <section {...s.rootProps}>
      <table className="hz-table">
        <caption className="hz-title" {...s.captionProps}>
          {s.caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{s.headers.item}</th>
            <th scope="col" className="hz-num">
              {s.headers.amount}
            </th>
          </tr>
        </thead>
        <tbody>
          {s.lines.map((line) => (
            <tr key={line.item} data-item={line.item} data-zero={line.fen === 0}>
              <th scope="row">{line.label}</th>
              <td className="hz-num">{line.amount}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          {s.totals.map((total) => (
            <tr key={total.key} data-total={total.key}>
              <th scope="row">{total.label}</th>
              <td className="hz-num">{total.amount}</td>
            </tr>
          ))}
        </tfoot>
      </table>
    </section>
  );
}

/**
 * A member's surplus distribution statement (盈余分配明细): each line of core's
 * `MemberStatement` (from `distributeSurplus`) labelled in the locale, with the totals.
 * Bad props (an amount that is not whole fen, say) show an accessible error state.
 *
 * @example
 * ```tsx
 * <MemberStatement statement={distributeSurplus(input).statements[0]} />
 * ```
 */
export const MemberStatement: (props: MemberStatementProps) => ReactElement = defineWidget(
  'MemberStatement',
  MemberStatementPropsSchema,
  MemberStatementView,
);
