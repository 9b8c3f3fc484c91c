import { parseInput, STATEMENT_ITEM_LABELS, STATEMENT_ITEMS, type StatementItem } from '@hezuo/core';
import { useId } from 'react';
import { useHezuoFormat } from '../format/useHezuoFormat';
import { useWidgetMessages } from '../i18n/useWidgetMessages';
import { useHezuoLocale } from '../useHezuoLocale';
import { type MemberStatementProps, MemberStatementPropsSchema } from './memberStatementProps';

/** One line of the statement, ready to show. */
export interface StatementLineView {
  /** The statement item, stable as a React key and for `data-item`. */
  readonly item: StatementItem;
  /** What the line is, in the locale (core's `STATEMENT_ITEM_LABELS`). */
  readonly label: string;
  /** The amount as currency. */
  readonly amount: string;
  /** The amount in fen, for styling zero lines. */
  readonly fen: number;
}

/** What {@link useMemberStatement} gives the markup. */
export interface MemberStatementState {
  /** The caption, naming the member. */
  readonly caption: string;
  /** Column headers. */
  readonly headers: { readonly item: string; readonly amount: string };
  /** The lines, in core's order. */
  readonly lines: readonly StatementLineView[];
  /** Totals below the lines: label and formatted amount. */
  readonly totals: readonly { readonly key: string; readonly label: string; readonly amount: string }[];
  /** Spread on the root element. */
  readonly rootProps: { readonly className: string; readonly 'aria-labelledby': string };
  /** Spread on the caption. */
  readonly captionProps: { readonly id: string };
}

/**
 * The headless part of {@link MemberStatement}: each surplus-distribution line labelled in
 * the locale and formatted as money. Throws `HezuoError` for bad props.
 *
 * @example
 * ```tsx
 * const s = useMemberStatement({ statement: result.statements[0] });
 * s.lines.map((line) => `${line.label}: ${line.amount}`);
 * ```
 */
export function useMemberStatement(props: MemberStatementProps): MemberStatementState {
  const { statement, className } = parseInput(MemberStatementPropsSchema, props, { path: ['props'] });
  const locale = useHezuoLocale();
  const t = useWidgetMessages();
  const f = useHezuoFormat();
  const captionId = useId();
  return {
    caption: t.statementTitle(statement.memberId),
    headers: { item: t.statementItem, amount: t.statementAmount },
    lines: STATEMENT_ITEMS.map((item) => {
      const amount = statement[item];
      return { item, label: STATEMENT_ITEM_LABELS[item][locale], amount: f.fen(amount), fen: amount };
    }),
    totals: [
      { key: 'distributed', label: t.statementDistributed, amount: f.fen(statement.distributed) },
      { key: 'capitalAfter', label: t.statementCapitalAfter, amount: f.fen(statement.capitalAfter) },
      {
        key: 'reserveShareAfter',
        label: t.statementReserveShareAfter,
        amount: f.fen(statement.reserveShareAfter),
      },
    ],
    rootProps: {
      className: className ? `hz-widget hz-statement ${className}` : 'hz-widget hz-statement',
      'aria-labelledby': captionId,
    },
    captionProps: { id: captionId },
  };
}
