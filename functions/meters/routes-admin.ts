import { appError } from "../platform/errors";
import { actorOf, route } from "../platform/http/route";
import { replaceMeter, saveMeter } from "./admin-meters";
import { enterAdminReadings, readingStatus } from "./admin-readings";
import { meterContext } from "./calendar";
import * as c from "./contracts-admin";
import { estimatePeriod } from "./estimates";
import { importReadings } from "./import-readings";
import { listMeters, saveWindowRule } from "./meter-store";
import { windowState } from "./model/window";
import { readingView } from "./views";
import "./messages";

/** Administration routes of meters (admin Lambda). */
export const meterAdminRoutes = [
  route(c.listMeters, async (ctx, { params }) => {
    await meterContext(ctx.deps, params.associationId);
    return { meters: await listMeters(ctx.deps, params.associationId) };
  }),

  route(c.putMeter, async (ctx, { params, body }) => {
    await meterContext(ctx.deps, params.associationId);
    return saveMeter(ctx.deps, params.associationId, params.meterId, body);
  }),

  route(c.replaceMeter, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    return replaceMeter(ctx.deps, mc, params.meterId, body, actorOf(ctx).personId);
  }),

  route(c.getMeterSettings, async (ctx, { params }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    return { ...mc.rule, window: mc.window };
  }),

  route(c.putMeterSettings, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    if (body.fromDay > body.toDay)
      throw appError("request.invalid", { fields: [{ path: "toDay", code: "meters.window_order" }] });
    await saveWindowRule(ctx.deps, params.associationId, body);
    return { ...body, window: { ...windowState(body, mc.today), mode: body.mode } };
  }),

  route(c.readingStatus, async (ctx, { params }) => {
    await meterContext(ctx.deps, params.associationId);
    return readingStatus(ctx.deps, params.associationId, params.period);
  }),

  route(c.enterReadings, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    const out = await enterAdminReadings(ctx.deps, mc, actorOf(ctx).personId, body);
    return { readings: out.readings.map(readingView) };
  }),

  route(c.importReadings, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    return importReadings(ctx.deps, mc, actorOf(ctx).personId, body);
  }),

  route(c.runEstimates, async (ctx, { params }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    return estimatePeriod(ctx.deps, mc, params.period);
  }),
];
