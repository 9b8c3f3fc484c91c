import { describe, expect, it } from 'vitest';
import { errorOf, ids } from './__tests__/helpers';
import { extraordinaryMeetingDeadline } from './extraordinaryMeeting';

describe('extraordinaryMeetingDeadline (Art. 31)', () => {
  it.each([
    // [members, requesters, required, minimum]
    [100, 30, true, 30], // exactly 30 %
    [100, 29, false, 30], // one under
    [10, 3, true, 3],
    [11, 3, false, 4], // 3 × 10 = 30 < 33
    [11, 4, true, 4],
    [7, 3, true, 3], // 30 ≥ 21
    [7, 2, false, 3], // 20 < 21
  ])('%i members, %i ask → required %s', (members, requesters, required, minimum) => {
    const result = extraordinaryMeetingDeadline({
      memberCount: members,
      requesterIds: ids(requesters),
      requestedOn: '2026-05-20',
    });
    expect(result).toEqual({
      required,
      requesters,
      minimumRequesters: minimum,
      deadline: required ? '2026-06-09' : null,
    });
  });

  it.each([
    ['2024-02-20', '2024-03-11'], // through a leap day
    ['2023-02-20', '2023-03-12'],
    ['2026-12-25', '2027-01-14'], // across a year end
    ['0050-01-01', '0050-01-21'], // years below 100 stay themselves
    ['9999-12-11', '9999-12-31'],
  ])('a request on %s must be met by %s', (requestedOn, deadline) => {
    expect(
      extraordinaryMeetingDeadline({ memberCount: 10, requesterIds: ids(3), requestedOn }).deadline,
    ).toBe(deadline);
  });

  it('is required when the supervisors ask, whatever the count (Art. 31(2))', () => {
    expect(
      extraordinaryMeetingDeadline({
        memberCount: 100,
        requesterIds: [],
        requestedOn: '2026-05-20',
        requestedBySupervisors: true,
      }),
    ).toEqual({ required: true, requesters: 0, minimumRequesters: 30, deadline: '2026-06-09' });
  });

  it.each([
    [
      'a requester listed twice',
      { memberCount: 10, requesterIds: ['a', 'a'], requestedOn: '2026-05-20' },
      ['request', 'requesterIds', 1],
    ],
    [
      'more requesters than members',
      { memberCount: 2, requesterIds: ids(3), requestedOn: '2026-05-20' },
      ['request', 'requesterIds'],
    ],
    [
      'a date that does not exist',
      { memberCount: 10, requesterIds: ids(3), requestedOn: '2026-02-29' },
      ['request', 'requestedOn'],
    ],
    [
      'a deadline past 9999',
      { memberCount: 10, requesterIds: ids(3), requestedOn: '9999-12-20' },
      ['request', 'requestedOn'],
    ],
    [
      'an unknown key',
      { memberCount: 10, requesterIds: [], requestedOn: '2026-05-20', urgent: true },
      ['request'],
    ],
  ])('refuses %s with INVALID_INPUT', (_label, request, path) => {
    const error = errorOf(() => extraordinaryMeetingDeadline(request as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.path).toEqual(path);
  });
});
