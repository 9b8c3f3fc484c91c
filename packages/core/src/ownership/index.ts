/**
 * Holding graphs and look-through ownership (穿透): who ultimately owns a cooperative, a union,
 * a service centre, through chains and cross-holdings; ownership constraints as data (DESIGN §3.3).
 *
 * @module
 */

export {
  type ConstraintSubject,
  ConstraintSubjectSchema,
  checkOwnershipConstraints,
  DEFAULT_COMPARISON_TOLERANCE,
  GUANGDONG_STAFF_COINVESTMENT_CONSTRAINT,
  type HolderSelector,
  HolderSelectorSchema,
  OWNERSHIP_MEASURES,
  type OwnershipCheckOptions,
  OwnershipCheckOptionsSchema,
  type OwnershipConstraint,
  type OwnershipConstraintReport,
  type OwnershipConstraintRow,
  OwnershipConstraintSchema,
  OwnershipConstraintsSchema,
  type OwnershipMeasure,
  SHANDONG_OWNERSHIP_CONSTRAINTS,
} from './constraints';
export {
  DEFAULT_OWNER_GROUP_OF_KIND,
  DEFAULT_ULTIMATE_OWNER_KINDS,
  OWNER_GROUPS,
  OWNERSHIP_ENTITY_KINDS,
  type OwnerGroup,
  OwnerGroupSchema,
  type OwnershipEntity,
  type OwnershipEntityKind,
  OwnershipEntityKindSchema,
  OwnershipEntitySchema,
  type OwnershipReading,
  OwnershipReadingSchema,
} from './entity';
export {
  type ExactFraction,
  exactFraction,
  type FractionInput,
  FractionSchema,
  StakeSchema,
} from './fraction';
export {
  buildHoldingGraph,
  type HoldingGraph,
  HoldingGraphSchema,
  HoldingsSchema,
  OwnershipEntitiesSchema,
} from './graph';
export { type Holding, type HoldingInput, HoldingSchema } from './holding';
export {
  DEFAULT_EXACT_LIMIT,
  DEFAULT_LOOK_THROUGH_MAX_ITERATIONS,
  DEFAULT_LOOK_THROUGH_TOLERANCE,
  type DirectControl,
  type LookThroughOptions,
  LookThroughOptionsSchema,
  type LookThroughResult,
  lookThrough,
  type OwnerGroupShare,
  type ShareFigure,
  type UltimateOwnerShare,
  type UntracedEntityShare,
  type UntracedShare,
} from './lookThrough';
