/**
 * Output files: names that carry topic, partition and offset range ({@link io.newsflow.sink.file.FileNaming}),
 * a writer that makes a file durable and visible in one atomic rename ({@link io.newsflow.sink.file.RecordWriter}),
 * and the recovery of each partition's position from a folder ({@link io.newsflow.sink.file.FolderRecovery}).
 */
package io.newsflow.sink.file;
