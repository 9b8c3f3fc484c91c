import type { Locale } from '@hezuo/core';
import { describe, expect, it } from 'vitest';
import { firstHookState } from '../__tests__/firstHookState';
import { FINDER_PROPS, GAOMI_CENTERS } from '../__tests__/fixtures';
import type { ServiceCenterFinderProps } from './serviceCenterFinderProps';
import { type ServiceCenterFinderState, useServiceCenterFinder } from './useServiceCenterFinder';

/** The hook's first state for these props, read through a server render. */
function stateOf(props: ServiceCenterFinderProps, locale: Locale = 'zh-CN'): ServiceCenterFinderState {
  return firstHookState(useServiceCenterFinder, props, locale);
}

describe('useServiceCenterFinder', () => {
  it('lists the centres nearest first, the nearest selected, distances in the locale', () => {
    const finder = stateOf(FINDER_PROPS);
    expect(finder.centers.map((c) => c.id)).toEqual(['SC-MS', 'SC-CY', 'SC-KJ', 'SC-BC']);
    expect(finder.selectedId).toBe('SC-MS');
    expect(finder.centers.map((c) => [c.nearest, c.selected, c.withinReach])).toEqual([
      [true, true, true],
      [false, false, true],
      [false, false, false],
      [false, false, false],
    ]);
    for (const c of finder.centers) {
      expect(c.distance).toMatch(/^\d+(\.\d)? 公里$/);
      expect(c.inputProps.checked).toBe(c.selected);
      expect(c.labelProps.htmlFor).toBe(c.inputProps.id);
      expect(c.inputProps['aria-describedby']).toBe(c.detailProps.id);
    }
    expect(finder.centers[2]?.reach).toBe('超出 4 公里服务半径');
    expect(finder.placeName).toBe('王家庄');
    expect(finder.mapProps.role).toBe('img');
    expect(finder.mapProps['aria-labelledby']).toBe(`${finder.mapTitleProps.id} ${finder.mapDescProps.id}`);
    expect(finder.mapDescription).toContain('王家庄');
    expect(finder.mapDescription).toContain('4 个服务中心');
    expect(finder.map.centers.map((c) => c.id)).toEqual(['SC-MS', 'SC-CY', 'SC-KJ', 'SC-BC']);
    expect(finder.scaleLabel).toMatch(/^\d+ 公里$/);
  });

  it('speaks English, with km', () => {
    const finder = stateOf(FINDER_PROPS, 'en');
    expect(finder.centers[0]?.distance).toMatch(/^\d+(\.\d)? km$/);
    expect(finder.centers[0]?.reach).toBe('within its 3 km service radius');
    expect(finder.mapDescription).toMatch(/^The map shows 王家庄 and 4 service centres/);
  });

  it('starts from the centre asked for, and lists at most maxResults', () => {
    expect(stateOf({ ...FINDER_PROPS, initialSelectedId: 'SC-KJ' }).selectedId).toBe('SC-KJ');
    const two = stateOf({ ...FINDER_PROPS, maxResults: 2 });
    expect(two.centers.map((c) => c.id)).toEqual(['SC-MS', 'SC-CY']);
    expect(two.map.centers).toHaveLength(2);
    // A centre asked for but not listed: the nearest is selected instead.
    expect(stateOf({ ...FINDER_PROPS, maxResults: 2, initialSelectedId: 'SC-BC' }).selectedId).toBe('SC-MS');
  });

  it('measures from a plot, and names it', () => {
    const finder = stateOf({
      centers: GAOMI_CENTERS,
      plot: {
        plotId: 'P-7',
        areaMu: 9,
        location: FINDER_PROPS.place,
        boundary: {
          datum: 'GCJ-02',
          ring: [
            [119.7685, 36.3947],
            [119.7695, 36.3947],
            [119.7695, 36.3955],
            [119.7685, 36.3955],
          ],
        },
      },
    });
    expect(finder.placeName).toBe('地块 P-7');
    expect(finder.centers[0]?.id).toBe('SC-MS');
    expect(finder.map.plotOutline?.split(' ')).toHaveLength(4);
    expect(
      stateOf({ centers: GAOMI_CENTERS, plot: { plotId: 'P-8', areaMu: 2, location: FINDER_PROPS.place } })
        .map.plotOutline,
    ).toBeNull();
  });

  it('throws a HezuoError naming the prop for bad props', () => {
    expect(() => stateOf({ centers: GAOMI_CENTERS })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', path: ['props', 'place'] }),
    );
    expect(() =>
      stateOf({ ...FINDER_PROPS, centers: [...GAOMI_CENTERS, GAOMI_CENTERS[0] as never] }),
    ).toThrow(expect.objectContaining({ path: ['props', 'centers', 4, 'id'] }));
    expect(() => stateOf({ ...FINDER_PROPS, initialSelectedId: 'SC-X' })).toThrow(
      expect.objectContaining({ path: ['props', 'initialSelectedId'] }),
    );
  });
});
