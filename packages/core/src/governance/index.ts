/**
 * Governance of farmer professional cooperatives and their unions (农民专业合作社法, 2017):
 * voting rolls with capped additional votes (Art. 22), quorum and resolution thresholds
 * (Art. 30), extraordinary meetings (Art. 31), representative assemblies (Art. 32), offices
 * and board votes (Art. 33), and unions (Arts. 56-60).
 *
 * @module
 */

export {
  ADDITIONAL_VOTE_BASES,
  type AdditionalVoteAssignment,
  type AdditionalVoteBasis,
  type AdditionalVoteHolder,
  AdditionalVoteHolderSchema,
  type AdditionalVoteMember,
  AdditionalVoteMemberSchema,
  AdditionalVoteMembersSchema,
  type AdditionalVoteOptions,
  AdditionalVoteOptionsSchema,
  type AdditionalVoteRule,
  AdditionalVoteRuleSchema,
  assignAdditionalVotes,
  LEGAL_ADDITIONAL_VOTE_CAP_PERCENT,
} from './additionalVotes';
export { type MeetingAttendanceRecord, MeetingAttendanceRecordSchema } from './attendanceRecord';
export { BALLOT_CHOICES, type Ballot, type BallotChoice, BallotSchema, BallotsSchema } from './ballot';
export {
  BoardMemberIdsSchema,
  type BoardVoteOutcome,
  DEFAULT_BOARD_THRESHOLD,
  tallyBoardVote,
} from './boardVote';
export {
  EXTRAORDINARY_MEETING_DAYS,
  EXTRAORDINARY_MEETING_REQUEST_PERCENT,
  type ExtraordinaryMeetingDeadline,
  type ExtraordinaryMeetingRequest,
  ExtraordinaryMeetingRequestSchema,
  extraordinaryMeetingDeadline,
} from './extraordinaryMeeting';
export {
  LEGAL_ELECTION_THRESHOLD,
  LEGAL_ORDINARY_THRESHOLD,
  LEGAL_QUORUM,
  LEGAL_SPECIAL_THRESHOLD,
  type MeetingCharter,
  MeetingCharterSchema,
  type MeetingRules,
  resolveMeetingRules,
} from './meetingRules';
export {
  checkOffices,
  OFFICE_LABELS,
  OFFICES,
  OFFICES_BARRED_FROM_SUPERVISION,
  type Office,
  type OfficeRegister,
  type Officer,
  OfficerSchema,
  OfficersSchema,
  SUPERVISORY_OFFICES,
} from './offices';
export { checkQuorum, type QuorumCheck } from './quorum';
export {
  checkRepresentativeAssembly,
  MINIMUM_REPRESENTATIVES,
  planRepresentativeAssembly,
  REPRESENTATIVE_ASSEMBLY_MEMBER_THRESHOLD,
  REPRESENTATIVE_PERCENT,
  type RepresentativeAssemblyCheck,
  type RepresentativeAssemblyOptions,
  RepresentativeAssemblyOptionsSchema,
  type RepresentativeAssemblyPlan,
} from './representativeAssembly';
export {
  ELECTED_OFFICES,
  RESOLUTION_KIND_LABELS,
  RESOLUTION_KINDS,
  type Resolution,
  type ResolutionKind,
  ResolutionSchema,
  type ResolutionSubject,
  ResolutionSubjectSchema,
  resolutionKindOf,
  SPECIAL_SUBJECT_TYPES,
} from './resolution';
export {
  RESOLUTION_REASON_CODES,
  type ResolutionOutcome,
  ResolutionOutcomeSchema,
  type ResolutionReasonCode,
  type TallyInput,
  TallyInputSchema,
  tallyResolution,
} from './tally';
export {
  THRESHOLD_COMPARISONS,
  type Threshold,
  type ThresholdComparison,
  type ThresholdInput,
  ThresholdSchema,
} from './threshold';
export { buildUnionVotingRoll, UnionMemberIdsSchema } from './union';
export {
  buildVotingRoll,
  ROLL_KINDS,
  type RollAdditionalVotes,
  RollAdditionalVotesSchema,
  RollEntriesSchema,
  type RollEntry,
  RollEntrySchema,
  type RollKind,
  type RollMember,
  RollMemberSchema,
  UNION_MINIMUM_MEMBERS,
  type VotingRoll,
  VotingRollSchema,
} from './votingRoll';
