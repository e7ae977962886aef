import { actorOf, route } from "../platform/http/route";
import { meterContext } from "./calendar";
import * as c from "./contracts";
import { historyCsv, historyView, meterHistory } from "./history";
import { ownerMeters, submitOwnerReadings } from "./owner-meters";
import { photoUpload } from "./photos";
import { readRegistryUnit } from "./unit-check";
import "./messages";

/** Owner-side meters routes (owner Lambda). */
export const meterOwnerRoutes = [
  route(c.ownerMeters, async (ctx, { params }) => {
    await readRegistryUnit(ctx.deps, params.associationId, params.unitId);
    return ownerMeters(ctx.deps, await meterContext(ctx.deps, params.associationId), params.unitId);
  }),

  route(c.submitReadings, async (ctx, { params, body }) => {
    await readRegistryUnit(ctx.deps, params.associationId, params.unitId);
    const mc = await meterContext(ctx.deps, params.associationId);
    return submitOwnerReadings(ctx.deps, mc, params.unitId, actorOf(ctx).personId, body);
  }),

  route(c.meterHistory, async (ctx, { params }) =>
    historyView(ctx.deps, params.associationId, params.unitId, params.meterId),
  ),

  route(c.photoUploadUrl, async (ctx, { params, body }) => photoUpload(ctx.deps, params, body)),
];

/** The meter history CSV (files Lambda). */
export const meterFileRoutes = [
  route(c.exportHistory, async (ctx, { params }) => {
    const h = await meterHistory(ctx.deps, params.associationId, params.unitId, params.meterId);
    return new Response(historyCsv(h.meter, h.readings), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="meter-${h.meter.serial.replace(/[^A-Za-z0-9._-]/g, "_")}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  }),
];
