export { THREE_IN_ONE_REFERENCE_MODEL } from './threeInOneReference';
