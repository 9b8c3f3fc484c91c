import type { ReactElement } from 'react';
import { defineWidget } from '../widget/defineWidget';
import { type ServiceCenterFinderProps, ServiceCenterFinderPropsSchema } from './serviceCenterFinderProps';
import { type ServiceCenterFinderState, useServiceCenterFinder } from './useServiceCenterFinder';

/** The map: circles, centres, the place, a scale bar and a north arrow. No tiles. */
function CenterMap({ finder }: { readonly finder: ServiceCenterFinderState }): ReactElement {
  const { map, labels: t } = finder;
  const names = new Map(finder.centers.map((c) => [c.id, c]));
  const { scaleBar: bar, north } = map;
  // Selected last, so its circle and label sit on top.
  const ordered = [...map.centers].sort(
    (a, b) => Number(names.get(a.id)?.selected) - Number(names.get(b.id)?.selected),
  );
  return (
    <svg className="hz-finder__map" {...finder.mapProps} preserveAspectRatio="xMidYMid meet">
      <title {...finder.mapTitleProps}>{t.finderMapTitle}</title>
      <desc {...finder.mapDescProps}>{finder.mapDescription}</desc>
      <rect className="hz-finder__ground" x={0} y={0} width={map.width} height={map.height} />
      {ordered.map((c) => (
        <circle
          key={`${c.id}-circle`}
          className="hz-finder__circle"
          data-selected={names.get(c.id)?.selected}
          cx={c.x}
          cy={c.y}
          r={c.r}
        />
      ))}
      {map.plotOutline ? <polygon className="hz-finder__plot" points={map.plotOutline} /> : null}
      {ordered.map((c) => {
        const view = names.get(c.id);
        const dx = c.labelAnchor === 'end' ? -8 : 8;
        return (
          <g key={c.id} className="hz-finder__center" data-selected={view?.selected}>
            <circle cx={c.x} cy={c.y} r={view?.selected ? 6 : 4.5} />
            <text x={c.x + dx} y={c.labelBelow ? c.y + 16 : c.y - 7} textAnchor={c.labelAnchor}>
              {view?.name}
            </text>
          </g>
        );
      })}
      <g className="hz-finder__place">
        <path d={`M ${map.place.x} ${map.place.y - 8} l 7 8 l -7 8 l -7 -8 z`} />
        <text
          x={map.place.x}
          y={map.placeLabelBelow ? map.place.y + 22 : map.place.y - 12}
          textAnchor="middle"
        >
          {finder.placeName}
        </text>
      </g>
      <g className="hz-finder__scale">
        <path d={`M ${bar.x} ${bar.y - 5} v 5 h ${bar.length} v -5`} />
        <text x={bar.x + bar.length + 6} y={bar.y}>
          {finder.scaleLabel}
        </text>
      </g>
      <g className="hz-finder__north">
        <path d={`M ${north.x} ${north.y} l 6 16 l -6 -4 l -6 4 z`} />
        <text x={north.x} y={north.y + 28} textAnchor="middle">
          {t.finderNorth}
        </text>
      </g>
    </svg>
  );
}

function ServiceCenterFinderView(props: ServiceCenterFinderProps): ReactElement {
  const finder = useServiceCenterFinder(props);
  const t = finder.labels;
  return (
    <section {...finder.rootProps}>
      <h2 className="hz-title" {...finder.titleProps}>
        {finder.title}
      </h2>
      <CenterMap finder={finder} />
      <fieldset className="hz-fieldset hz-finder__list">
        <legend className="hz-label">{t.finderListLegend(finder.placeName)}</legend>
        <ol className="hz-finder__centers">
          {finder.centers.map((c) => (
            <li key={c.id} className="hz-finder__item" data-selected={c.selected} data-within={c.withinReach}>
              <input className="hz-choice__input" {...c.inputProps} />
              <label className="hz-choice__label" htmlFor={c.labelProps.htmlFor}>
                {c.name}
                {c.nearest ? <span className="hz-finder__badge">{t.finderNearest}</span> : null}
              </label>
              <p className="hz-note" {...c.detailProps}>
                {c.distance} · {c.reach}
              </p>
            </li>
          ))}
        </ol>
      </fieldset>
    </section>
  );
}

/**
 * The nearest service centres (为农服务中心) to a place or a plot: a list by distance (the
 * accessible equivalent of the map) and a simple SVG map drawn from the data alone — no map
 * tiles — with each centre's service circle, the place, a scale bar and a north arrow. The
 * distances come from `nearestServiceCenter` (GCJ-02 converted to WGS-84 first). Selecting a
 * centre, by keyboard too (arrow keys in the radio group), highlights it on the map.
 *
 * @example
 * ```tsx
 * <ServiceCenterFinder
 *   centers={centers}
 *   place={{ lng: 119.77, lat: 36.39, datum: 'GCJ-02' }}
 *   placeName="前进村"
 *   onSelect={(center) => show(center)}
 * />
 * ```
 */
export const ServiceCenterFinder: (props: ServiceCenterFinderProps) => ReactElement = defineWidget(
  'ServiceCenterFinder',
  ServiceCenterFinderPropsSchema,
  ServiceCenterFinderView,
);
