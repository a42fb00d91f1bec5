package org.folkestyre.core.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs the same work on many threads released at once, for the tests of thread-safe appends. */
public final class Concurrently {
  /** Work one thread does, told its thread number. */
  @FunctionalInterface
  public interface Work {
    /**
     * Does the work.
     *
     * @param thread the thread's number, from 0
     */
    void run(int thread);
  }

  private Concurrently() {}

  /**
   * Starts {@code threads} threads together, each doing {@code work}, and waits for all.
   *
   * @param threads the number of threads
   * @param work the work
   * @throws Exception the first failure of any thread
   */
  public static void run(int threads, Work work) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          work.run(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
