/**
 * Runs async tasks one after another. A draft store needs this: a save still writing when `clear()` is called
 * would otherwise land after it and bring the deleted draft back.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
