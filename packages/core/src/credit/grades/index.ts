export {
  type GradeBand,
  GradeBandSchema,
  type GradeBandsInput,
  GradeBandsSchema,
  gradeFor,
  PRACTICE_GRADE_BANDS,
} from './gradeBands';
