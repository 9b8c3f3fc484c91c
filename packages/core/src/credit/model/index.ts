export { modelHash } from './modelHash';
export { type LogisticConstants, scaleLogisticPoints } from './scaleLogisticPoints';
export {
  type CategoricalBin,
  CategoricalBinSchema,
  type CategoricalCharacteristic,
  CategoricalCharacteristicSchema,
  type Characteristic,
  CharacteristicSchema,
  type LogisticScaling,
  LogisticScalingSchema,
  type NumericBin,
  NumericBinSchema,
  type NumericCharacteristic,
  NumericCharacteristicSchema,
  type ScorecardModel,
  type ScorecardModelInput,
  ScorecardModelSchema,
  type ValuePolicy,
  ValuePolicySchema,
} from './scorecardModel';
