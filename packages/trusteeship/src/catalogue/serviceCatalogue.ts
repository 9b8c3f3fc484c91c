import { EntityIdSchema, FenSchema, LocalizedTextSchema, ProduceCodeSchema } from '@hezuo/core';
import * as z from 'zod/mini';
import { ServiceUnitSchema, TrusteeshipOperationSchema } from './operations';
import { SeasonWindowSchema } from './seasonWindow';
import { VolumeRuleSchema } from './volumeRule';

/** Schema of a season's label, such as `2014-2015` for the winter wheat sown in autumn 2014. */
export const SeasonLabelSchema = z
  .string()
  .check(
    z.minLength(1, { error: 'a season may not be empty' }),
    z.maxLength(64, { error: 'a season may be at most 64 characters' }),
    z.regex(/^[^\s\p{C}]+$/u, { error: 'a season may not contain spaces or control characters' }),
  );

/**
 * Schema of one service of a catalogue: an operation for one crop and season, its price per
 * unit in fen, how many passes the price covers, and the days of the year it is done in.
 */
export const CatalogueServiceSchema = z.strictObject({
  /** The service id, unique within the catalogue. */
  id: EntityIdSchema,
  /** The operation. */
  operation: TrusteeshipOperationSchema,
  /** The crop, a host code such as `wheat`. */
  crop: ProduceCodeSchema,
  /** The season the price holds for. */
  season: SeasonLabelSchema,
  /** The name on quotes and statements, in both locales. */
  name: LocalizedTextSchema,
  /** `mu` for field work, `tonne` for grain handling (drying, storage, sale). */
  unit: ServiceUnitSchema,
  /** The price per unit in fen, for all passes together: at least 1. */
  priceFen: FenSchema.check(z.gte(1, { error: 'a price must be at least 1 fen' })),
  /** How many passes over the field the price covers (two sprayings, two irrigations); 1 by default. */
  passes: z._default(z.int({ error: 'passes must be a whole number' }).check(z.gte(1), z.lte(20)), 1),
  /** The days of the year the operation is done in. */
  window: SeasonWindowSchema,
});

/** A catalogue service as written; see {@link CatalogueServiceSchema}. */
export type CatalogueServiceInput = z.input<typeof CatalogueServiceSchema>;

/** A catalogue service with its defaults filled in; see {@link CatalogueServiceSchema}. */
export type CatalogueService = z.output<typeof CatalogueServiceSchema>;

/**
 * Schema of a service catalogue (托管服务目录): the operations a service centre offers, per crop
 * and season, with prices as data, and the volume rules of its menu quotes. Prices vary by
 * region and year, so they are versioned data the host passes in, never constants in code.
 */
export const ServiceCatalogueSchema = z
  .strictObject({
    /** The catalogue id, e.g. `gaomi-2014-wheat`. */
    id: EntityIdSchema,
    /** The catalogue's name, in both locales. */
    name: LocalizedTextSchema,
    /** Where the prices come from (a price list, a year's practice table). */
    source: z.optional(z.string().check(z.maxLength(500))),
    /** The services, at least one; ids unique. */
    services: z
      .array(CatalogueServiceSchema)
      .check(z.minLength(1, { error: 'a catalogue needs a service' }), z.maxLength(1_000)),
    /** Volume rules for menu quotes; none by default. */
    volumeRules: z._default(z.array(VolumeRuleSchema).check(z.maxLength(100)), []),
  })
  .check(
    z.superRefine((catalogue, ctx) => {
      const seen = new Set<string>();
      catalogue.services.forEach((service, index) => {
        if (seen.has(service.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['services', index, 'id'],
            message: `service id "${service.id}" appears twice in the catalogue`,
          });
        }
        seen.add(service.id);
      });
    }),
  );

/** A service catalogue as written; see {@link ServiceCatalogueSchema}. */
export type ServiceCatalogueInput = z.input<typeof ServiceCatalogueSchema>;

/** A service catalogue with its defaults filled in; see {@link ServiceCatalogueSchema}. */
export type ServiceCatalogue = z.output<typeof ServiceCatalogueSchema>;
