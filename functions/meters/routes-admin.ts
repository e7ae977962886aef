import { appError } from "../platform/errors";
import { actorOf, route } from "../platform/http/route";
import { replaceMeter, saveMeter } from "./admin-meters";
import { enterAdminReadings, readingStatus } from "./admin-readings";
import { auditMeters, meterSubject, readingSubject } from "./audit";
import { meterContext } from "./calendar";
import * as c from "./contracts-admin";
import { estimatePeriod } from "./estimates";
import { importReadings } from "./import-readings";
import { listMeters, saveWindowRule } from "./meter-store";
import { windowState } from "./model/window";
import { photoViewUrl } from "./photos";
import { readingView } from "./views";
import "./messages";

/** Administration routes of meters (admin Lambda). Every change, and every look at a photo, is audited. */
export const meterAdminRoutes = [
  route(c.listMeters, async (ctx, { params }) => {
    await meterContext(ctx.deps, params.associationId);
    return { meters: await listMeters(ctx.deps, params.associationId) };
  }),

  route(c.putMeter, async (ctx, { params, body }) => {
    await meterContext(ctx.deps, params.associationId);
    const meter = await saveMeter(ctx.deps, params.associationId, params.meterId, body);
    await auditMeters(ctx, params.associationId, "meters.meter_save", [meterSubject(meter)]);
    return meter;
  }),

  route(c.replaceMeter, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    const out = await replaceMeter(ctx.deps, mc, params.meterId, body, actorOf(ctx).personId);
    await auditMeters(ctx, params.associationId, "meters.meter_replace", [
      meterSubject(out.old),
      meterSubject(out.new),
    ]);
    return out;
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
    await auditMeters(ctx, params.associationId, "meters.settings_change", [`association:${params.associationId}`]);
    return { ...body, window: { ...windowState(body, mc.today), mode: body.mode } };
  }),

  route(c.readingStatus, async (ctx, { params }) => {
    await meterContext(ctx.deps, params.associationId);
    return readingStatus(ctx.deps, params.associationId, params.period);
  }),

  route(c.enterReadings, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    const out = await enterAdminReadings(ctx.deps, mc, actorOf(ctx).personId, body);
    await auditMeters(ctx, params.associationId, "meters.readings_enter", out.readings.map(readingSubject));
    return { readings: out.readings.map(readingView) };
  }),

  route(c.importReadings, async (ctx, { params, body }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    const out = await importReadings(ctx.deps, mc, actorOf(ctx).personId, body);
    if (!body.dryRun)
      await auditMeters(ctx, params.associationId, "meters.readings_import", [`readings:${body.period}`]);
    return out;
  }),

  route(c.runEstimates, async (ctx, { params }) => {
    const mc = await meterContext(ctx.deps, params.associationId);
    const out = await estimatePeriod(ctx.deps, mc, params.period);
    await auditMeters(ctx, params.associationId, "meters.estimate", [`readings:${params.period}`]);
    return out;
  }),

  route(c.readingPhotoUrl, async (ctx, { params }) => {
    await meterContext(ctx.deps, params.associationId);
    const photo = await photoViewUrl(ctx.deps, params.associationId, params.meterId, params.period);
    const subject = photo.unitId ? `unit:${photo.unitId}` : `meter:${params.meterId}`;
    await auditMeters(ctx, params.associationId, "meters.photo_view", [subject]);
    return { url: photo.url, contentType: photo.contentType };
  }),
];
