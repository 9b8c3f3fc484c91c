import fc from 'fast-check';
import type { FuzzTarget } from '../../testing';
import {
  type AdditionalVoteMember,
  type AdditionalVoteOptions,
  type AdditionalVoteRule,
  assignAdditionalVotes,
  type Ballot,
  buildUnionVotingRoll,
  buildVotingRoll,
  checkOffices,
  checkQuorum,
  checkRepresentativeAssembly,
  type ExtraordinaryMeetingRequest,
  extraordinaryMeetingDeadline,
  type MeetingCharter,
  type Officer,
  planRepresentativeAssembly,
  type RepresentativeAssemblyOptions,
  type ResolutionSubject,
  type RollAdditionalVotes,
  resolutionKindOf,
  resolveMeetingRules,
  type TallyInput,
  type ThresholdInput,
  tallyBoardVote,
  tallyResolution,
} from '../index';

const memberId = fc.constantFrom('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'x', '', '11010519491231002X', 'a b');
const ids = fc.array(memberId, { maxLength: 12 });
const count = fc.oneof(fc.integer({ min: -2, max: 400 }), fc.constant(0.5), fc.maxSafeInteger());
const fen = fc.oneof(fc.nat({ max: 10_000_000 }), fc.constant(-1), fc.maxSafeNat(), fc.constant(1.5));
const choice = fc.constantFrom('for', 'against', 'abstain', 'maybe');

const threshold = fc.record(
  {
    numerator: fc.integer({ min: -1, max: 5 }),
    denominator: fc.integer({ min: -1, max: 5 }),
    comparison: fc.constantFrom('atLeast', 'moreThan', 'about'),
  },
  { requiredKeys: ['numerator', 'denominator'] },
);
const charter = fc.record(
  { quorum: threshold, ordinary: threshold, election: threshold, special: threshold },
  { requiredKeys: [] },
);

const additionalMembers = fc.array(fc.record({ memberId, capital: fen, transactionAmount: fen }), {
  minLength: 1,
  maxLength: 12,
});
const rule = fc.record(
  {
    basis: fc.constantFrom('capital', 'transactionAmount', 'mixed', 'land'),
    fenPerVote: fc.oneof(fc.integer({ min: -1, max: 100_000 }), fc.constant(1)),
    threshold: fen,
    capitalWeight: fc.constantFrom(0, 0.5, '0.3', '1e400', -1),
    transactionWeight: fc.constantFrom(0, 1, '0.7', 'x'),
    maxPerMember: fc.integer({ min: -1, max: 10 }),
    capPercent: fc.integer({ min: -1, max: 25 }),
  },
  { requiredKeys: ['basis', 'fenPerVote'] },
);
const holders = fc.record({
  holders: fc.array(fc.record({ memberId, additionalVotes: fc.integer({ min: -1, max: 3 }) }), {
    maxLength: 3,
  }),
});

const subject = fc.oneof(
  fc.constantFrom(
    { type: 'merger' },
    { type: 'dissolution' },
    { type: 'surplusDistribution', year: 2025 },
    { type: 'other', title: 'dryer', special: true },
    { type: 'nothing' },
  ),
  fc.record({ type: fc.constant('admitMembers'), partyIds: ids }),
  fc.record({
    type: fc.constant('election'),
    office: fc.constantFrom('chair', 'manager'),
    candidateId: memberId,
  }),
);

/** Valid rolls of m1…m6 (some with an additional vote), sometimes edited by hand. */
const roll: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.boolean(),
    fc.constantFrom('none', 'totalVotes', 'additional', 'duplicate', 'kind'),
    fc.integer({ min: -1, max: 3 }),
  )
  .map(([withVote, edit, value]) => {
    const built = withVote
      ? buildVotingRoll(['m1', 'm2', 'm3', 'm4', 'm5', 'm6'], {
          holders: [{ memberId: 'm1', additionalVotes: 1 }],
        })
      : buildUnionVotingRoll(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    if (edit === 'none') return built;
    const members = built.members.map((m) => ({ ...m }));
    if (edit === 'additional') (members[1] as { additionalVotes: number }).additionalVotes = value;
    if (edit === 'duplicate') (members[2] as { memberId: string }).memberId = 'm1';
    return {
      ...built,
      members,
      ...(edit === 'totalVotes' ? { totalVotes: value } : {}),
      ...(edit === 'kind' ? { kind: 'federation' } : {}),
    };
  });

const ballots = fc.array(fc.record({ memberId, choice }), { maxLength: 8 });

const tallyInput = fc.record(
  {
    resolution: fc.record({
      id: fc.constantFrom('r1', ''),
      subject,
      meetingDate: fc.constantFrom('2026-03-15', '2026-02-30'),
    }),
    roll,
    attendance: ids,
    ballots,
    charter,
  },
  { requiredKeys: ['resolution', 'roll', 'attendance', 'ballots'] },
);

const officers = fc.array(
  fc.record({
    personId: memberId,
    offices: fc.array(
      fc.constantFrom(
        'chair',
        'viceChair',
        'director',
        'manager',
        'accountant',
        'supervisor',
        'supervisorChair',
        'cook',
      ),
      { maxLength: 3 },
    ),
  }),
  { maxLength: 5 },
);

const union = fc.record({ union: fc.oneof(fc.boolean(), fc.constant('yes')) });

/** Every input-taking export of the governance area, with arguments closer to valid mixed in. */
export const GOVERNANCE_FUZZ_TARGETS: Record<string, FuzzTarget> = {
  assignAdditionalVotes: {
    name: 'assignAdditionalVotes',
    arity: 3,
    call: (m, r, o) =>
      assignAdditionalVotes(m as AdditionalVoteMember[], r as AdditionalVoteRule, o as AdditionalVoteOptions),
    nearlyValid: [additionalMembers, rule, union],
  },
  buildVotingRoll: {
    name: 'buildVotingRoll',
    arity: 2,
    call: (m, a) => buildVotingRoll(m as string[], a as RollAdditionalVotes),
    nearlyValid: [ids, holders],
  },
  buildUnionVotingRoll: {
    name: 'buildUnionVotingRoll',
    arity: 1,
    call: (c) => buildUnionVotingRoll(c as string[]),
    nearlyValid: [ids],
  },
  checkQuorum: {
    name: 'checkQuorum',
    arity: 3,
    call: (m, p, c) => checkQuorum(m as number, p as number, c as MeetingCharter),
    nearlyValid: [count, count, charter],
  },
  resolveMeetingRules: {
    name: 'resolveMeetingRules',
    arity: 1,
    call: (c) => resolveMeetingRules(c as MeetingCharter),
    nearlyValid: [charter],
  },
  resolutionKindOf: {
    name: 'resolutionKindOf',
    arity: 1,
    call: (s) => resolutionKindOf(s as ResolutionSubject),
    nearlyValid: [subject],
  },
  tallyResolution: {
    name: 'tallyResolution',
    arity: 1,
    call: (input) => tallyResolution(input as TallyInput),
    nearlyValid: [tallyInput],
  },
  planRepresentativeAssembly: {
    name: 'planRepresentativeAssembly',
    arity: 2,
    call: (m, o) => planRepresentativeAssembly(m as number, o as RepresentativeAssemblyOptions),
    nearlyValid: [count, union],
  },
  checkRepresentativeAssembly: {
    name: 'checkRepresentativeAssembly',
    arity: 3,
    call: (m, r, o) =>
      checkRepresentativeAssembly(m as number, r as string[], o as RepresentativeAssemblyOptions),
    nearlyValid: [count, ids, union],
  },
  extraordinaryMeetingDeadline: {
    name: 'extraordinaryMeetingDeadline',
    arity: 1,
    call: (r) => extraordinaryMeetingDeadline(r as ExtraordinaryMeetingRequest),
    nearlyValid: [
      fc.record(
        {
          memberCount: count,
          requesterIds: ids,
          requestedOn: fc.constantFrom('2026-05-20', '9999-12-31', '2026-13-01'),
          requestedBySupervisors: fc.boolean(),
        },
        { requiredKeys: ['memberCount', 'requesterIds', 'requestedOn'] },
      ),
    ],
  },
  checkOffices: {
    name: 'checkOffices',
    arity: 1,
    call: (o) => checkOffices(o as Officer[]),
    nearlyValid: [officers],
  },
  tallyBoardVote: {
    name: 'tallyBoardVote',
    arity: 3,
    call: (b, v, t) => tallyBoardVote(b as string[], v as Ballot[], t as ThresholdInput),
    nearlyValid: [ids, ballots, threshold],
  },
};
