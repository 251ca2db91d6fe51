/** One topic partition's output: consecutive-offset files, rotated, committed by rename, aborted on failure. */
package io.newsflow.sink.partition;
