import autocannon from "autocannon";

/** Section 5 — fixed-rate load on loopback against the owner home API; coarse figures only. */
export interface LoadSection {
  url: string;
  ratePerSecond: number;
  seconds: number;
  connections: number;
  requests: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; average: number };
  notes: string[];
}

export async function runLoadSection(opts: {
  baseUrl: string;
  path: string;
  cookie: string;
  ratePerSecond: number;
  seconds: number;
  connections: number;
}): Promise<LoadSection> {
  const url = `${opts.baseUrl}${opts.path}`;
  const result = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    overallRate: opts.ratePerSecond,
    headers: { cookie: opts.cookie, "accept-language": "en" },
  });
  return {
    url: opts.path,
    ratePerSecond: opts.ratePerSecond,
    seconds: opts.seconds,
    connections: opts.connections,
    requests: result.requests.total,
    ok2xx: result["2xx"],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      average: result.latency.average,
    },
    notes: [
      "autocannon 8 at a fixed overall rate on loopback against the embedded runtime (dynalite on disk, local KMS), one owner session.",
      "The bench process also hosts the server, so figures are coarse; they are not asserted.",
    ],
  };
}
