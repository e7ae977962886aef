/**
 * A first-come, first-served async lock. The local DynamoDB layer runs every write through one of
 * these so that a multi-step transaction (snapshot, apply, maybe roll back) can never interleave
 * with another write.
 */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `task` once every task queued before it has settled; resolves or rejects with its result. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    // The queue must keep moving whether the task succeeded or not.
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
