/**
 * The folders of functions/ in dependency order: a folder may import the folders before it, never
 * one after it, so the domains form no cycle. A new domain takes its place in this list (after
 * what it reads, before what reads it); the composition folders at the end may import any domain.
 * test/unit/domain-graph.test.ts holds every import to it; docs/architecture.md explains it.
 */
export const domainOrder = [
  "platform",
  "kernel",
  "audit",
  "ledger",
  "registry",
  "identity",
  "attachments",
  "notifications",
  "meters",
  "billing",
  "owner",
  "documents",
  "payments",
  "debts",
] as const;

/** Composition: route groups, Lambda entries, the local runtime and the job list import domains. */
export const compositionFolders = ["jobs", "groups", "lambda", "local"] as const;
