import type { CountyMeeting } from './county';
import { dayNumber, isoDate } from './days';
import type { CooperativeDraft } from './draft';
import { logistic, type Random } from './random';

/**
 * A cooperative's member meetings in the history years: the annual general meeting in January or
 * February (年度成员大会, resolution `AGM-<year>`) and, in some years, a meeting in July
 * (`MM-<year>`). Everyone who joined by the day is on the roll; each comes with a chance that
 * rises with discipline (and falls past 70).
 * @internal
 */
export function cooperativeMeetings(
  random: Random,
  cooperative: CooperativeDraft,
  year: number,
  historyYears: number,
): CountyMeeting[] {
  const meetings: CountyMeeting[] = [];
  for (let y = year - historyYears; y < year; y++) {
    const days: [string, number][] = [
      [`AGM-${y}`, dayNumber(y, random.chance(0.7) ? 1 : 2, random.int(6, 26))],
    ];
    if (random.chance(0.4)) days.push([`MM-${y}`, dayNumber(y, 7, random.int(5, 25))]);
    for (const [resolutionId, day] of days) {
      if (day <= cooperative.foundedDay) continue;
      const roll = cooperative.members.filter((h) => h.joinedDay <= day);
      if (roll.length === 0) continue;
      const present = roll.filter((h) =>
        random.chance(logistic(0.35 + 0.9 * h.discipline + 0.2 * h.skill - (h.age > 70 ? 0.6 : 0))),
      );
      meetings.push({
        cooperativeId: cooperative.id,
        resolutionId,
        meetingDate: isoDate(day),
        roll: roll.map((h) => h.id).sort(),
        present: present.map((h) => h.id).sort(),
      });
    }
  }
  return meetings;
}
