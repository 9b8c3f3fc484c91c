import { HezuoError, parseInput } from '@hezuo/core';
import { DEFAULT_TERRAIN_PROFILES, type ServiceCenter, toWgs84 } from '@hezuo/trusteeship';
import { type ChangeEvent, useId, useState } from 'react';
import { useHezuoFormat } from '../format/useHezuoFormat';
import { TRUSTEESHIP_WIDGET_MESSAGES, type TrusteeshipWidgetMessages } from '../i18n/trusteeshipMessages';
import { useHezuoLocale } from '../useHezuoLocale';
import { type CenterMapModel, projectCenterMap } from './centerMap';
import { type RankedCenter, rankCenters } from './centerRanking';
import { type ServiceCenterFinderProps, ServiceCenterFinderPropsSchema } from './serviceCenterFinderProps';

/** One centre of the list, ready to show, with the prop bags of its radio button. */
export interface FinderCenterView {
  /** The centre's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** The distance, in the locale (`1.7 公里`). */
  readonly distance: string;
  /** Whether its service circle reaches the place, as a sentence. */
  readonly reach: string;
  /** Whether the place is within its service radius. */
  readonly withinReach: boolean;
  /** Whether it is the nearest. */
  readonly nearest: boolean;
  /** Whether it is selected. */
  readonly selected: boolean;
  /** The figures behind the texts. */
  readonly ranked: RankedCenter;
  /** Spread on the `<label>`. */
  readonly labelProps: { readonly htmlFor: string };
  /** Spread on the radio `<input>`. */
  readonly inputProps: {
    readonly id: string;
    readonly type: 'radio';
    readonly name: string;
    readonly value: string;
    readonly checked: boolean;
    readonly 'aria-describedby': string;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  };
  /** Spread on the element holding the distance and reach texts. */
  readonly detailProps: { readonly id: string };
}

/** What {@link useServiceCenterFinder} gives the markup. */
export interface ServiceCenterFinderState {
  /** Texts in the locale. */
  readonly labels: TrusteeshipWidgetMessages;
  /** The title. */
  readonly title: string;
  /** What the place is called. */
  readonly placeName: string;
  /** The nearest centres, nearest first (at most `maxResults`). */
  readonly centers: readonly FinderCenterView[];
  /** The selected centre's id. */
  readonly selectedId: string;
  /** The drawing: the place, the centres listed and their circles, scale bar and north arrow. */
  readonly map: CenterMapModel;
  /** The scale bar's text (`2 公里`). */
  readonly scaleLabel: string;
  /** The map's text alternative: what it shows, in a sentence or two. */
  readonly mapDescription: string;
  /** Spread on the root element. */
  readonly rootProps: {
    readonly className: string;
    readonly 'aria-labelledby': string;
    readonly 'data-selected': string;
  };
  /** Spread on the title. */
  readonly titleProps: { readonly id: string };
  /** Spread on the `<svg>`: `role="img"`, labelled by its title and description. */
  readonly mapProps: {
    readonly role: 'img';
    readonly viewBox: string;
    readonly 'aria-labelledby': string;
  };
  /** Spread on the SVG `<title>`. */
  readonly mapTitleProps: { readonly id: string };
  /** Spread on the SVG `<desc>`. */
  readonly mapDescProps: { readonly id: string };
}

/**
 * The headless part of {@link ServiceCenterFinder}: the centres ranked by distance from a place
 * or a plot (`nearestServiceCenter` from @hezuo/trusteeship: GCJ-02 points are converted to
 * WGS-84 before measuring), the selection, and a drawing model of the map.
 * Throws `HezuoError` for bad props.
 *
 * @example
 * ```tsx
 * const finder = useServiceCenterFinder({ centers, place: { lng: 119.77, lat: 36.39, datum: 'GCJ-02' } });
 * finder.centers[0]?.name; // the nearest centre
 * ```
 */
export function useServiceCenterFinder(props: ServiceCenterFinderProps): ServiceCenterFinderState {
  const parsed = parseInput(ServiceCenterFinderPropsSchema, props, { path: ['props'] });
  const t = TRUSTEESHIP_WIDGET_MESSAGES[useHezuoLocale()];
  const f = useHezuoFormat();
  const baseId = useId();
  const profiles = parsed.terrainProfiles ?? DEFAULT_TERRAIN_PROFILES;
  const plot = parsed.plot;
  const place = plot ? plot.location : parsed.place;
  if (place === undefined) {
    // The props schema already refuses this; the check narrows the type.
    throw new HezuoError('INVALID_INPUT', 'give a place or a plot', { path: ['props', 'place'] });
  }
  const ranked = rankCenters(plot ? { plot } : { place }, parsed.centers, profiles).slice(
    0,
    parsed.maxResults ?? 5,
  );
  const [chosen, setChosen] = useState<string | undefined>(parsed.initialSelectedId);
  const nearest = ranked[0] as RankedCenter;
  // A selection that new props took off the list falls back to the nearest centre.
  const selectedId = ranked.some((r) => r.center.id === chosen) ? (chosen as string) : nearest.center.id;
  const placeName = parsed.placeName ?? (plot ? t.finderPlot(plot.plotId) : t.finderYou);
  const km = (value: number) => t.finderKm(f.number(value, 1));

  const centers = ranked.map((r, index): FinderCenterView => {
    const id = `${baseId}-center-${index}`;
    const given = props.centers.find((c) => c.id === r.center.id) as ServiceCenter;
    return {
      id: r.center.id,
      name: r.center.name,
      distance: km(r.distanceKm),
      reach: r.withinReach ? t.finderWithin(km(r.radiusKm)) : t.finderOutside(km(r.radiusKm)),
      withinReach: r.withinReach,
      nearest: index === 0,
      selected: r.center.id === selectedId,
      ranked: r,
      labelProps: { htmlFor: id },
      inputProps: {
        id,
        type: 'radio',
        name: `${baseId}-center`,
        value: r.center.id,
        checked: r.center.id === selectedId,
        'aria-describedby': `${id}-detail`,
        onChange: () => {
          setChosen(r.center.id);
          props.onSelect?.(given);
        },
      },
      detailProps: { id: `${id}-detail` },
    };
  });

  const wgs = (p: { lng: number; lat: number; datum: 'WGS-84' | 'GCJ-02' }) => {
    const [lng, lat] = toWgs84(p);
    return { lng, lat };
  };
  const map = projectCenterMap({
    place: wgs(place),
    ring: plot?.boundary?.ring.map(([lng, lat]) =>
      wgs({ lng, lat, datum: plot.boundary?.datum ?? 'WGS-84' }),
    ),
    centers: ranked.map((r) => ({ id: r.center.id, radiusKm: r.radiusKm, ...wgs(r.center.location) })),
  });
  const selected = centers.find((c) => c.selected) as FinderCenterView;
  const first = centers[0] as FinderCenterView;

  return {
    labels: t,
    title: t.finderTitle,
    placeName,
    centers,
    selectedId,
    map,
    scaleLabel: km(map.scaleBar.km),
    mapDescription: t.finderMapDescription({
      place: placeName,
      count: centers.length,
      nearest: first.name,
      distance: first.distance,
      within: first.withinReach,
      selected: selected.name,
    }),
    rootProps: {
      className: parsed.className ? `hz-widget hz-finder ${parsed.className}` : 'hz-widget hz-finder',
      'aria-labelledby': `${baseId}-title`,
      'data-selected': selectedId,
    },
    titleProps: { id: `${baseId}-title` },
    mapProps: {
      role: 'img',
      viewBox: `0 0 ${map.width} ${map.height}`,
      'aria-labelledby': `${baseId}-map-title ${baseId}-map-desc`,
    },
    mapTitleProps: { id: `${baseId}-map-title` },
    mapDescProps: { id: `${baseId}-map-desc` },
  };
}
